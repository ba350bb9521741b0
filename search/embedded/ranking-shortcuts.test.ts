import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom, toBenchArticles } from '../../bench/corpus';
import { makeQuery, seedEngine } from '../contract/index';
import type { SearchEngine } from '../engine';
import type { SearchQuery } from '../types';
import { openEmbeddedEngine } from './index';

// Word families whose forms land on different match levels (exact, stem, prefix, typo).
const FAMILIES = [
  ['tempête', 'tempêtes'],
  ['ministre', 'ministres'],
  ['marocain', 'marocaine', 'marocains'],
  ['gouvernement', 'gouvernements'],
  ['élection', 'élections'],
  ['frontière', 'frontières'],
  ['port', 'porte', 'portes', 'portuaire'],
  ['accord', 'accords', 'accorder'],
  ['réforme', 'réformes', 'réformer'],
  ['grève', 'grèves'],
  ['député', 'députés', 'députée'],
  ['village', 'villages'],
  ['récolte', 'récoltes', 'récolter'],
  ['tribunal', 'tribunaux'],
  ['journaliste', 'journalistes'],
  ['inondation', 'inondations', 'inondé'],
  ['budget', 'budgets', 'budgétaire'],
  ['hôpital', 'hôpitaux'],
];
const FILLER = ['le', 'la', 'de', 'des', 'un', 'et', 'en', 'pour', 'avec', 'sur', 'nouveau', 'hier', 'depuis'];

function randomCorpus(random: () => number, count: number): string[] {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    const length = 3 + Math.floor(random() * 14);
    return `${Array.from({ length }, () => (random() < 0.2 ? pick(pick(FAMILIES)) : pick(FILLER))).join(' ')}.`;
  });
}

function misspell(word: string, random: () => number): string {
  const chars = [...word];
  const i = 1 + Math.floor(random() * (chars.length - 2));
  [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  return chars.join('');
}

function randomQueryText(random: () => number): string {
  const count = 1 + Math.floor(random() * 3);
  const words = Array.from({ length: count }, () => {
    const family = FAMILIES[Math.floor(random() * FAMILIES.length)]!;
    const word = family[Math.floor(random() * family.length)]!;
    const roll = random();
    if (roll < 0.15) return [...word].slice(0, 3 + Math.floor(random() * 3)).join('');
    if (roll < 0.3 && word.length >= 6) return misspell(word, random);
    if (roll < 0.35) return `-${word}`;
    return word;
  });
  return random() < 0.1 ? `"${words.join(' ')}"` : words.join(' ');
}

/**
 * The shortcuts (levels known empty, levels adding one row or none, the last row) must give what
 * ranking every level in full gives: same totals, pages, counts, at every cap, after paging and
 * filtering reuse a cached match.
 */
describe('ranking shortcuts', () => {
  let dataDir: string;
  const engines: { cap: number; fast: SearchEngine; full: SearchEngine }[] = [];
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-shortcuts-'));
    const writer = await openEmbeddedEngine({ dataDir, readonly: false });
    await seedEngine(writer, toBenchArticles(randomCorpus(createRandom(11), 600), 5));
    await writer.close();
    for (const cap of [250, 6]) {
      engines.push({
        cap,
        fast: await openEmbeddedEngine({ dataDir, readonly: true, bm25LevelCap: cap }),
        full: await openEmbeddedEngine({ dataDir, readonly: true, bm25LevelCap: cap, exhaustiveRanking: true }),
      });
    }
  });
  afterAll(async () => {
    for (const { fast, full } of engines) {
      await fast.close();
      await full.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives the same results as ranking every level in full, on random queries', async () => {
    const random = createRandom(23);
    let compared = 0;
    let nonEmpty = 0;
    for (let i = 0; i < 150; i++) {
      const q = randomQueryText(random);
      const hitsPerPage = random() < 0.5 ? 3 : 10;
      const year = String(2015 + Math.floor(random() * 11));
      const steps: SearchQuery[] = [
        makeQuery(q, { hitsPerPage }),
        makeQuery(q, { hitsPerPage, page: 2 }),
        makeQuery(q, { hitsPerPage, filters: { date: [year] } }),
        makeQuery(q, { hitsPerPage, filters: { countries: ['FR', 'MA'] } }),
      ];
      for (const { cap, fast, full } of engines) {
        for (const query of steps) {
          const [got, expected] = [await fast.search(query), await full.search(query)];
          const label = `${JSON.stringify(query)} cap ${cap}`;
          expect({ ...got, took_ms: 0 }, label).toEqual({ ...expected, took_ms: 0 });
          compared++;
          if (got.total > 1) nonEmpty++;
        }
      }
    }
    expect(compared).toBe(150 * 4 * 2);
    // Most comparisons have something to order.
    expect(nonEmpty).toBeGreaterThan(compared / 2);
  });
});

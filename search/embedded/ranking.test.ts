import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuery, RANKING_ARTICLES, seedEngine } from '../contract/index';
import type { SearchEngine } from '../engine';
import type { IndexedArticle } from '../types';
import type { SearchTuning } from './connection';
import { openEmbeddedEngine } from './index';

/** An engine over the ranking fixtures for the enclosing `describe`, and the article order of a query. */
function useRankingEngine(tuning: SearchTuning = {}) {
  let engine: SearchEngine;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-ranking-'));
    engine = await openEmbeddedEngine({ dataDir, readonly: false, ...tuning });
    await seedEngine(engine, RANKING_ARTICLES);
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const order = async (q: string, overrides: Parameters<typeof makeQuery>[1] = {}) =>
    (await engine.search(makeQuery(q, { hitsPerPage: 20, ...overrides }))).hits.map((h) => h.article);
  return { engine: () => engine, order };
}

// The contract pins what both adapters share; BM25 (frequency and length) is the embedded engine's own.
describe('embedded ranking', () => {
  const { engine, order } = useRankingEngine();

  it('puts exact matches first, by frequency and length, newest first between equal scores, then other forms', async () => {
    const all = await order('tempête');
    expect(all.slice(0, 5).every((a) => a.startsWith('e'))).toBe(true);
    expect(all.indexOf('e2')).toBeLessThan(all.indexOf('e1'));
    expect(all.indexOf('e5')).toBe(all.indexOf('e1') - 1);
    expect(all.slice(5)).toEqual(['t3', 't2', 't1']);
  });

  it('ranks by frequency past hundreds of matches instead of switching to date order', async () => {
    const many: IndexedArticle[] = Array.from({ length: 600 }, (_, i) => ({
      ...RANKING_ARTICLES[0]!,
      id: `g${i}`,
      fingerprint: `g${i}`,
      meta: { ...RANKING_ARTICLES[0]!.meta, date: `2024-0${1 + (i % 9)}-01` },
      paragraphs: [{ ...RANKING_ARTICLES[0]!.paragraphs[0]!, id: `g${i}-1`, text: `Le gouvernement a parlé ce jour numéro ${i}.` }],
    }));
    const dense: IndexedArticle = {
      ...many[0]!,
      id: 'dense',
      fingerprint: 'dense',
      meta: { ...many[0]!.meta, date: '2000-01-01' },
      paragraphs: [{ ...many[0]!.paragraphs[0]!, id: 'dense-1', text: 'Gouvernement, gouvernement : le gouvernement du gouvernement.' }],
    };
    await seedEngine(engine(), [...many, dense]);
    const result = await engine().search(makeQuery('gouvernement', { hitsPerPage: 5 }));
    expect(result.total).toBe(601);
    expect(result.hits[0]?.article).toBe('dense');
    await seedEngine(engine(), RANKING_ARTICLES);
  });
});

// A level too large for BM25 (a stop word, a two-letter prefix at 100k paragraphs) is ordered by
// length; the cap is lowered here so that the fixtures' levels exceed it.
describe('embedded ranking past the BM25 cap', () => {
  const { engine, order } = useRankingEngine({ bm25LevelCap: 3 });

  it('orders a large level by word count, newest first between equal counts, exact forms still first', async () => {
    const all = await order('tempête ');
    expect(all).toEqual(['e3', 'e5', 'e1', 'e2', 'e4', 't3', 't2', 't1']);
    const paged: string[] = [];
    for (let page = 1; page <= 3; page++) paged.push(...(await order('tempête ', { hitsPerPage: 3, page })));
    expect(paged).toEqual(all);
    expect(await order('tempête ', { filters: { date: ['2020-05', '2020-06', '2020-07'] } })).toEqual(['e4', 't3', 't2']);
  });

  it('orders a query of stop words alone by length, whatever the level size', async () => {
    const stopWords: IndexedArticle[] = [
      { ...RANKING_ARTICLES[0]!, id: 's1', fingerprint: 's1', paragraphs: [{ ...RANKING_ARTICLES[0]!.paragraphs[0]!, id: 's1-1', text: 'La la la la la la la la, la suite de la chanson.' }] },
      { ...RANKING_ARTICLES[0]!, id: 's2', fingerprint: 's2', paragraphs: [{ ...RANKING_ARTICLES[0]!.paragraphs[0]!, id: 's2-1', text: 'Toute la fin.' }] },
    ];
    await seedEngine(engine(), stopWords);
    try {
      expect(await order('la ')).toEqual(['s2', 's1']);
    } finally {
      await seedEngine(engine(), RANKING_ARTICLES);
    }
  });
});

/** One-paragraph articles, newest first in the order given. */
function articlesOf(texts: Record<string, string>): IndexedArticle[] {
  return Object.entries(texts).map(([id, text], i) => ({
    ...RANKING_ARTICLES[0]!,
    id,
    fingerprint: id,
    meta: { ...RANKING_ARTICLES[0]!.meta, date: `2024-0${9 - i}-01` },
    paragraphs: [{ ...RANKING_ARTICLES[0]!.paragraphs[0]!, id: `${id}-1`, text }],
  }));
}

// Meilisearch's typo and exactness rules, before BM25 within a level.
describe('embedded ranking within a level', () => {
  const { engine, order } = useRankingEngine();
  afterAll(async () => seedEngine(engine(), RANKING_ARTICLES));

  it('ranks a paragraph holding more of the words as typed first, among other forms', async () => {
    await seedEngine(engine(), articlesOf({
      forms: 'Ministre marocain, ministre marocain : le ministre marocain.',
      typed: 'Lors de la réunion tenue hier soir dans la capitale, les ministres ont salué le partenaire marocain et la délégation.',
    }));
    expect(await order('ministres marocaines ')).toEqual(['typed', 'forms']);
  });

  it('ranks a one-edit typo above a two-edit one, whatever BM25 says', async () => {
    await seedEngine(engine(), articlesOf({
      twoEdits: 'Négociation, négociation, négociation.',
      oneEdit: 'Après des semaines de discussions difficiles entre les parties, les négociations ont repris hier à Genève.',
    }));
    expect(await order('negociatoins ')).toEqual(['oneEdit', 'twoEdits']);
  });
});

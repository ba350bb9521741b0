import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuery, RANKING_ARTICLES, seedEngine } from '../contract/index';
import type { SearchEngine } from '../engine';
import type { IndexedArticle } from '../types';
import { openEmbeddedEngine } from './index';

// The contract pins what both adapters share; BM25 (frequency and length) is the embedded engine's own.
describe('embedded ranking', () => {
  let engine: SearchEngine;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-ranking-'));
    engine = await openEmbeddedEngine({ dataDir, readonly: false });
    await seedEngine(engine, RANKING_ARTICLES);
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const order = async (q: string, overrides: Parameters<typeof makeQuery>[1] = {}) =>
    (await engine.search(makeQuery(q, { hitsPerPage: 20, ...overrides }))).hits.map((h) => h.article);

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
    await seedEngine(engine, [...many, dense]);
    const result = await engine.search(makeQuery('gouvernement', { hitsPerPage: 5 }));
    expect(result.total).toBe(601);
    expect(result.hits[0]?.article).toBe('dense');
    await seedEngine(engine, RANKING_ARTICLES);
  });
});

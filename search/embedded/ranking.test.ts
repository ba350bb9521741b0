import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQuery, seedEngine } from '../contract/index';
import type { SearchEngine } from '../engine';
import { emptyFacetValues } from '../facets';
import type { IndexedArticle } from '../types';
import { openEmbeddedEngine } from './index';

function article(id: string, date: string, texts: string[]): IndexedArticle {
  return {
    id,
    fingerprint: id,
    meta: { title: id, date, source: null, sourceUrl: null },
    paragraphs: texts.map((text, i) => ({
      id: `${id}-${i + 1}`, position: i + 1, section: null, text, facets: emptyFacetValues(),
    })),
  };
}

// Exact "tempête" in five articles, typo "tempate" in three, at interleaved dates.
const ARTICLES = [
  article('e1', '2020-01-01', ['Une tempête en janvier.']),
  article('t1', '2020-02-01', ['Une tempate en février.']),
  article('e2', '2020-03-01', ['La tempête de mars, la tempête encore, la tempête toujours.']),
  article('e3', '2020-04-01', ['Tempête.']),
  article('t2', '2020-05-01', ['Une tempate en mai.']),
  article('e4', '2020-06-01', ['Une tempête en juin, assez longue, avec beaucoup de mots autour de la tempête.']),
  article('t3', '2020-07-01', ['Une tempate en juillet.']),
  article('e5', '2020-08-01', ['Une tempête en août.']),
];

describe.each([
  { ranking: 'BM25 (small levels)', bm25MaxRows: 500 },
  { ranking: 'newest first (large levels)', bm25MaxRows: 2 },
])('embedded ranking: $ranking', ({ bm25MaxRows }) => {
  let engine: SearchEngine;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-ranking-'));
    engine = await openEmbeddedEngine({ dataDir, readonly: false, bm25MaxRows });
    await seedEngine(engine, ARTICLES);
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('puts every exact match before every typo match', async () => {
    const result = await engine.search(makeQuery('tempête', { hitsPerPage: 20 }));
    expect(result.total).toBe(8);
    const kinds = result.hits.map((h) => h.article[0]);
    expect(kinds).toEqual(['e', 'e', 'e', 'e', 'e', 't', 't', 't']);
  });

  it('orders large levels newest first and pages without gaps or repeats', async () => {
    const all = (await engine.search(makeQuery('tempête', { hitsPerPage: 20 }))).hits.map((h) => h.article);
    if (bm25MaxRows === 2) expect(all).toEqual(['e5', 'e4', 'e3', 'e2', 'e1', 't3', 't2', 't1']);
    const paged: string[] = [];
    for (let page = 1; page <= 3; page++) {
      paged.push(...(await engine.search(makeQuery('tempête', { hitsPerPage: 3, page }))).hits.map((h) => h.article));
    }
    expect(paged).toEqual(all);
  });

  it('keeps the level order under a filter', async () => {
    const result = await engine.search(
      makeQuery('tempête', { hitsPerPage: 20, filters: { persons: [], countries: [], date: ['2020-05', '2020-06', '2020-07'] } }),
    );
    const order = result.hits.map((h) => h.article);
    expect(order[0]).toBe('e4');
    expect(new Set(order.slice(1))).toEqual(new Set(['t2', 't3']));
    if (bm25MaxRows === 2) expect(order).toEqual(['e4', 't3', 't2']);
  });
});

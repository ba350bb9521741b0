import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeQuery, seedEngine } from '../contract/index';
import type { IndexedArticle } from '../types';
import { openEmbeddedEngine } from './index';

function corpus(counts: Record<string, number>): IndexedArticle[] {
  return Object.entries(counts).flatMap(([word, n]) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${word}-${i}`,
      fingerprint: `fp-${word}-${i}`,
      meta: { title: `${word} ${i}`, date: '2024-05-02', source: null, sourceUrl: null },
      paragraphs: [{ id: `${word}-${i}-p1`, position: 1, section: null, text: `Un ${word} dans le jardin numéro ${i}.`, facets: { persons: [], countries: [] } }],
    })),
  );
}

// Candidates are counted only up to the most frequent so far: the pick must not depend on their order.
describe('spelling suggestion among several respellings', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.each([
    [{ pommier: 5, pompier: 2 }, 'pommier'],
    [{ pommier: 2, pompier: 5 }, 'pompier'],
    [{ pommier: 3, pompier: 3 }, 'pommier'],
  ])('respells "pomiar" with the candidate most paragraphs hold (%o)', async (counts, expected) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-suggest-'));
    dirs.push(dataDir);
    const engine = await openEmbeddedEngine({ dataDir, readonly: false });
    try {
      await seedEngine(engine, corpus(counts));
      const result = await engine.search(makeQuery('pomiar'));
      expect(result.total).toBe(0);
      expect(result.suggestion).toEqual({ query: expected, total: Math.max(...Object.values(counts)) });
    } finally {
      await engine.close();
    }
  });
});

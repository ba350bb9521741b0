import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/corpus';
import { VALUE_FACETS } from '../facets';
import { FacetRowLog } from './facet-row-log';
import { applyFacetChanges, changesOf, packFacetCache, unpackFacetCache, type FacetRow } from './facet-cache';
import { canonical } from './testing/canonical-facets';

const PERSONS = ['Ana Lima', 'Bo Diallo', 'Cy Martin', 'Di Chen', 'Ed Okafor', 'Fa Benali'];
const COUNTRIES = ['FR', 'MA', 'US', 'DE', 'SN'];
const DATES = ['2021-01-05', '2021-02', '2022-01-10', '2022-07-01', '2023-03-03', '2023-03-03', '2019'];

function randomRow(random: () => number): FacetRow {
  const pick = (values: string[]) => values.filter(() => random() < 0.3);
  return {
    date: DATES[Math.floor(random() * DATES.length)]!,
    wordCount: Math.floor(random() * 300),
    lists: VALUE_FACETS.map((f) => (f.name === 'countries' ? pick(COUNTRIES) : pick(PERSONS))),
  };
}

const ascending = (rowids: Iterable<number>) => Int32Array.from(rowids).sort();
const fullBuild = (rows: Map<number, FacetRow>) => applyFacetChanges(null, changesOf(ascending(rows.keys()), rows));

describe('facet cache', () => {
  it('orders rows by date, newest first, then by insertion', () => {
    const rows = new Map<number, FacetRow>([
      [1, { date: '2021-03', wordCount: 3, lists: VALUE_FACETS.map(() => []) }],
      [2, { date: '2022-01-02', wordCount: 3, lists: VALUE_FACETS.map(() => []) }],
      [4, { date: '2021-03', wordCount: 3, lists: VALUE_FACETS.map(() => []) }],
      [5, { date: '2021-03-01', wordCount: 3, lists: VALUE_FACETS.map(() => []) }],
    ]);
    expect(Array.from(fullBuild(rows).newestFirst)).toEqual([2, 5, 1, 4]);
  });

  it('round-trips through its BLOB unchanged', () => {
    const random = createRandom(11);
    const rows = new Map<number, FacetRow>();
    for (let r = 1; r <= 300; r++) if (random() < 0.85) rows.set(r, randomRow(random));
    const cache = fullBuild(rows);
    const back = unpackFacetCache(packFacetCache(cache));
    expect(canonical(back)).toEqual(canonical(cache));
    expect(back.size).toBe(cache.size);
    expect(Array.from(back.dateKeys)).toEqual(Array.from(cache.dateKeys));
  });

  it('updated with a commit\'s changes, equals the cache built from scratch, on random small corpora', () => {
    const random = createRandom(5);
    for (let round = 0; round < 40; round++) {
      const rows = new Map<number, FacetRow>();
      let next = 1;
      for (; next <= 20 + Math.floor(random() * 200); next++) if (random() < 0.9) rows.set(next, randomRow(random));
      // Stored and read back, as a reader gets it; then several commits, each applied to the last.
      let cache = unpackFacetCache(packFacetCache(fullBuild(rows)));
      for (let commit = 0; commit < 3; commit++) {
        const changed = new Set<number>();
        for (const r of rows.keys()) {
          if (random() < 0.08) {
            rows.delete(r);
            changed.add(r);
          }
        }
        // An edited article: its rows deleted, new ones appended (rowids reused after deleting the last).
        if (random() < 0.5) next = Math.max(0, ...rows.keys()) + 1;
        for (let n = Math.floor(random() * 12); n > 0; n--, next++) {
          rows.set(next, randomRow(random));
          changed.add(next);
        }
        const changedRows = new Map([...changed].flatMap((r) => (rows.has(r) ? [[r, rows.get(r)!] as const] : [])));
        cache = applyFacetChanges(cache, changesOf(ascending(changed), changedRows));
        expect(canonical(cache), `round ${round}, commit ${commit}`).toEqual(canonical(fullBuild(rows)));
      }
      // Packing drops the values no row holds any more; nothing a search reads changes.
      const packed = unpackFacetCache(packFacetCache(cache));
      expect(canonical(packed)).toEqual(canonical(cache));
      for (const { column } of packed.dimensions) expect(column.postings.every((p) => p.length > 0)).toBe(true);
    }
  });
});

describe('facet row log (what a full rebuild writes)', () => {
  it('builds the same cache as its rows do, the last write of a rowid winning and deletions removing', () => {
    const random = createRandom(9);
    const log = new FacetRowLog();
    const rows = new Map<number, FacetRow>();
    const write = (r: number) => {
      const row = randomRow(random);
      log.write(r, row);
      rows.set(r, row);
    };
    for (let r = 1; r <= 150; r++) write(r);
    // An article put twice: its rows deleted, then rewritten past the end and, after the last
    // rows are deleted, at reused rowids.
    for (const r of [20, 21, 22, 149, 150]) {
      log.delete(r);
      rows.delete(r);
    }
    for (const r of [149, 150, 151, 21]) write(r);
    expect(canonical(applyFacetChanges(null, log.changes()))).toEqual(canonical(fullBuild(rows)));
  });
});

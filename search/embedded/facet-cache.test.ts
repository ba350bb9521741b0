import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/corpus';
import { VALUE_FACETS } from '../facets';
import { FacetRowLog } from './facet-row-log';
import { applyFacetChanges, changesOf, holdsRow, packFacetCache, unpackFacetCache, type FacetRow } from './facet-cache';
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

describe('facet cache: a commit that only appends rows', () => {
  it('writes them in place past the stored arrays, leaving the version before as it was', () => {
    const random = createRandom(23);
    const rows = new Map<number, FacetRow>();
    for (let r = 1; r <= 400; r++) rows.set(r, randomRow(random));
    const stored = unpackFacetCache(packFacetCache(fullBuild(rows)));
    const before = canonical(stored);
    let cache = stored;
    for (let next = 401; next <= 430; next += 3) {
      const added = new Map([next, next + 1, next + 2].map((r) => [r, randomRow(random)] as const));
      for (const [r, row] of added) rows.set(r, row);
      const previous = cache;
      cache = applyFacetChanges(cache, changesOf(ascending(added.keys()), added));
      expect(canonical(cache)).toEqual(canonical(fullBuild(rows)));
      expect(cache.alive.buffer).toBe(previous.alive.buffer);
      expect(cache.dimensions[0]!.column.members.buffer).toBe(previous.dimensions[0]!.column.members.buffer);
    }
    expect(canonical(stored)).toEqual(before);
    // An edit of a stored row copies the arrays: the stored version stays as it was.
    const edited = new Map([[7, randomRow(random)]]);
    cache = applyFacetChanges(cache, changesOf(Int32Array.of(7), edited));
    rows.set(7, edited.get(7)!);
    expect(canonical(cache)).toEqual(canonical(fullBuild(rows)));
    expect(cache.alive.buffer).not.toBe(stored.alive.buffer);
    expect(canonical(stored)).toEqual(before);
  });

  it('tells the rows a cache already holds from those it does not', () => {
    const random = createRandom(29);
    const rows = new Map<number, FacetRow>();
    for (let r = 1; r <= 50; r++) if (r !== 20) rows.set(r, randomRow(random));
    const cache = fullBuild(rows);
    expect([...rows].every(([r, row]) => holdsRow(cache, r, row))).toBe(true);
    expect(holdsRow(cache, 20, undefined)).toBe(true);
    expect(holdsRow(cache, 99, undefined)).toBe(true);
    expect(holdsRow(cache, 20, randomRow(random))).toBe(false);
    expect(holdsRow(cache, 5, undefined)).toBe(false);
    const row = rows.get(5)!;
    expect(holdsRow(cache, 5, { ...row, wordCount: row.wordCount + 1 })).toBe(false);
    expect(holdsRow(cache, 5, { ...row, date: '1999-01-01' })).toBe(false);
    expect(holdsRow(cache, 5, { ...row, lists: row.lists.map((l) => [...l, 'Zoé Neuve']) })).toBe(false);
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

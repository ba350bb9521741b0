import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/corpus';
import type { SearchFilters } from '../types';
import { loadFacetCache } from './facet-cache';
import { countAll, countWithin, filterAndCount } from './facet-count';
import { facetColumn } from './records';

const PERSONS = ['Ana', 'Bo', 'Cy', 'Di', 'Ed'];
const COUNTRIES = ['FR', 'MA', 'US', 'DE'];
const DATES = ['2021-01-05', '2021-02', '2022-01-10', '2022-07-01', '2023-03-03'];

function randomSubset(values: string[], random: () => number): string[] {
  return values.filter(() => random() < 0.3);
}

describe('facet counting', () => {
  const random = createRandom(3);
  const db = new Database(':memory:');
  const [persons, countries] = [facetColumn('persons'), facetColumn('countries')];
  db.exec(`CREATE TABLE paragraph_facets (rowid INTEGER PRIMARY KEY, date TEXT, word_count INTEGER DEFAULT 1, ${persons} TEXT, ${countries} TEXT)`);
  const insert = db.prepare(`INSERT INTO paragraph_facets (rowid, date, ${persons}, ${countries}) VALUES (?, ?, ?, ?)`);
  for (let r = 1; r <= 400; r++) {
    if (random() < 0.1) continue; // holes, as after deletions
    const pick = DATES[Math.floor(random() * DATES.length)]!;
    insert.run(r, pick, randomSubset(PERSONS, random).join('\n'), randomSubset(COUNTRIES, random).join('\n'));
  }
  const cache = loadFacetCache(db);
  const allRowids = Int32Array.from(db.prepare('SELECT rowid FROM paragraph_facets ORDER BY rowid').pluck().all() as number[]);
  afterAll(() => db.close());

  it('orders every paragraph newest first, then by insertion', () => {
    const dates = Array.from(cache.newestFirst, (r) => db.prepare('SELECT date FROM paragraph_facets WHERE rowid = ?').pluck().get(r) as string);
    const expected = [...dates].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    expect(dates).toEqual(expected);
    expect(cache.liveCount).toBe(allRowids.length);
  });

  it('gives the same totals, pages and disjunctive counts from postings as from a full pass', () => {
    for (let i = 0; i < 60; i++) {
      const filters: SearchFilters = {
        persons: randomSubset([...PERSONS, 'Nobody'], random),
        countries: randomSubset(COUNTRIES, random),
        date: randomSubset(['2021', '2022-01', '2023', '2024', 'bad'], random),
      };
      const full = filterAndCount(cache, allRowids, filters);
      const fromPostings = countAll(cache, filters, 15);
      expect(fromPostings.total, JSON.stringify(filters)).toBe(full.matches.length);
      expect(fromPostings.facets, JSON.stringify(filters)).toEqual(full.facets);
      const newest = Array.from(full.matches).sort((a, b) => cache.recency[a]! - cache.recency[b]!);
      expect(Array.from(fromPostings.page)).toEqual(newest.slice(0, 15));
    }
  });

  it('counts each facet without its own selection', () => {
    const { facets } = filterAndCount(cache, allRowids, { persons: [], countries: ['FR'], date: [] });
    const everything = filterAndCount(cache, allRowids, { persons: [], countries: [], date: [] });
    expect(facets.countries).toEqual(everything.facets.countries);
    expect(facets.persons).not.toEqual(everything.facets.persons);
  });

  /** Each row's values per facet, read back from the table: what the counts are checked against. */
  const rows = new Map(
    (db.prepare(`SELECT rowid, date, ${persons} AS persons, ${countries} AS countries FROM paragraph_facets`).all() as {
      rowid: number;
      date: string;
      persons: string;
      countries: string;
    }[]).map((row) => [
      row.rowid,
      { persons: row.persons ? row.persons.split('\n') : [], countries: row.countries ? row.countries.split('\n') : [], date: [row.date.slice(0, 7)] },
    ]),
  );
  type Facet = 'persons' | 'countries' | 'date';
  const FACET_NAMES: Facet[] = ['persons', 'countries', 'date'];
  const holds = (values: string[], facet: Facet, filters: SearchFilters) => {
    const selected = filters[facet];
    if (selected.length === 0) return true;
    if (facet === 'date') return values.some((m) => selected.some((v) => m.startsWith(v)));
    return filters.allOf?.includes(facet) && selected.length >= 2 ? selected.every((v) => values.includes(v)) : values.some((v) => selected.includes(v));
  };
  /** The counts as the registry documents them, from a plain loop: sorted by count then spelling, years then months. */
  function expectedCounts(candidates: Int32Array, filters: SearchFilters) {
    const tallies = Object.fromEntries(FACET_NAMES.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
    for (const r of candidates) {
      const row = rows.get(r)!;
      for (const facet of FACET_NAMES) {
        const conjunctive = facet !== 'date' && filters.allOf?.includes(facet) && filters[facet].length >= 2;
        if (!FACET_NAMES.every((other) => (other === facet && !conjunctive) || holds(row[other], other, filters))) continue;
        for (const v of row[facet]) tallies[facet].set(v, (tallies[facet].get(v) ?? 0) + 1);
      }
    }
    const top = (facet: Facet) => {
      const sorted = [...tallies[facet]].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
      const result = Object.fromEntries(sorted.slice(0, 100));
      for (const v of filters[facet]) if (tallies[facet].has(v)) result[v] = tallies[facet].get(v)!;
      return result;
    };
    const months = [...tallies.date].sort(([a], [b]) => (a < b ? 1 : -1));
    const date: Record<string, number> = {};
    for (const [m, c] of months) date[m.slice(0, 4)] = (date[m.slice(0, 4)] ?? 0) + c;
    for (const [m, c] of months) if (m.length === 7) date[m] = c;
    return { persons: top('persons'), countries: top('countries'), date };
  }

  it('counts, in the documented key order, what a plain loop over the rows counts', () => {
    const live = Int32Array.from(rows.keys()).sort();
    for (let i = 0; i < 80; i++) {
      const candidates = live.filter(() => random() < (i % 2 === 0 ? 1 : 0.4));
      const filters: SearchFilters = {
        persons: randomSubset([...PERSONS, 'Nobody'], random),
        countries: randomSubset(COUNTRIES, random),
        date: randomSubset(['2021', '2022-01', '2023', '2024'], random),
        allOf: random() < 0.3 ? ['persons'] : undefined,
      };
      const label = JSON.stringify(filters);
      const expected = expectedCounts(candidates, filters);
      const matches = candidates.filter((r) => FACET_NAMES.every((f) => holds(rows.get(r)![f], f, filters)));
      const counted = filterAndCount(cache, candidates, filters);
      expect(JSON.stringify(counted.facets), label).toBe(JSON.stringify(expected));
      expect(Array.from(counted.matches), label).toEqual(Array.from(matches));
      if (i % 2 === 0) {
        const all = countAll(cache, filters, 1 + (i % 30));
        expect(JSON.stringify(all.facets), label).toBe(JSON.stringify(expected));
        expect(all.total, label).toBe(matches.length);
        const newest = Array.from(matches).sort((a, b) => cache.recency[a]! - cache.recency[b]!);
        expect(Array.from(all.page), label).toEqual(newest.slice(0, 1 + (i % 30)));
      }
      const within = countWithin(cache, matches);
      expect(JSON.stringify(within), label).toBe(JSON.stringify(expectedCounts(matches, { persons: [], countries: [], date: [] })));
    }
  });
});

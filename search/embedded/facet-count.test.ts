import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/corpus';
import type { SearchFilters } from '../types';
import { loadFacetCache } from './facet-cache';
import { countAll, filterAndCount } from './facet-count';
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
});

import type { FacetCounts, SearchFilters } from '../types';
import type { FacetCache, FacetColumn } from './facet-cache';

/** Facet values shown per facet, most frequent first (selected values are always shown). */
export const MAX_FACET_VALUES = 100;

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** A filter compiled against the cache: accepted value ids, or `null` when the facet is not filtered. */
interface CompiledFilters {
  months: Uint8Array | null;
  persons: Uint8Array | null;
  countries: Uint8Array | null;
}

interface Counts {
  months: Int32Array;
  persons: Int32Array;
  countries: Int32Array;
}

function compileValues(column: FacetColumn, selected: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  const accepted = new Uint8Array(column.values.length);
  for (const value of selected) {
    const id = column.ids.get(value);
    if (id !== undefined) accepted[id] = 1;
  }
  return accepted;
}

/** Dates match by prefix (`YYYY` or `YYYY-MM`); malformed values match nothing, never everything. */
function compileDates(months: readonly string[], selected: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  const accepted = new Uint8Array(months.length);
  const valid = selected.filter((v) => YEAR.test(v) || MONTH.test(v));
  months.forEach((m, id) => {
    if (valid.some((v) => m.startsWith(v))) accepted[id] = 1;
  });
  return accepted;
}

function compileFilters(cache: FacetCache, filters: SearchFilters): CompiledFilters {
  return {
    months: compileDates(cache.months, filters.dates),
    persons: compileValues(cache.persons, filters.persons),
    countries: compileValues(cache.countries, filters.countries),
  };
}

function emptyCounts(cache: FacetCache): Counts {
  return {
    months: new Int32Array(cache.months.length),
    persons: new Int32Array(cache.persons.values.length),
    countries: new Int32Array(cache.countries.values.length),
  };
}

function hasAny(column: FacetColumn, accepted: Uint8Array, rowid: number): boolean {
  for (let i = column.offsets[rowid]!, end = column.offsets[rowid + 1]!; i < end; i++) {
    if (accepted[column.members[i]!] === 1) return true;
  }
  return false;
}

function topValues(column: FacetColumn, counts: Int32Array, selected: readonly string[]): Record<string, number> {
  const ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
  ids.sort((a, b) => counts[b]! - counts[a]! || (column.values[a]! < column.values[b]! ? -1 : 1));
  const result: Record<string, number> = {};
  for (const id of ids.slice(0, MAX_FACET_VALUES)) result[column.values[id]!] = counts[id]!;
  for (const value of selected) {
    const id = column.ids.get(value);
    if (id !== undefined && counts[id]! > 0) result[value] = counts[id]!;
  }
  return result;
}

/** Years, then months, newest first (integer-like keys such as years sort ascending in JS anyway). */
function dateCounts(months: readonly string[], counts: Int32Array): Record<string, number> {
  const ordered = months.map((m, id) => [m, counts[id]!] as const).filter(([, c]) => c > 0);
  ordered.sort(([a], [b]) => (a < b ? 1 : -1));
  const result: Record<string, number> = {};
  for (const [m, c] of ordered) {
    const year = m.slice(0, 4);
    result[year] = (result[year] ?? 0) + c;
  }
  for (const [m, c] of ordered) if (m.length === 7) result[m] = c;
  return result;
}

function toFacetCounts(cache: FacetCache, counts: Counts, filters: SearchFilters): FacetCounts {
  return {
    persons: topValues(cache.persons, counts.persons, filters.persons),
    countries: topValues(cache.countries, counts.countries, filters.countries),
    date: dateCounts(cache.months, counts.months),
  };
}

// The counting loops are small separate functions: V8 optimises them far better than one loop
// with per-row filter branches.
function countRow(cache: FacetCache, counts: Counts, r: number, date: boolean, person: boolean, country: boolean) {
  if (date) counts.months[cache.month[r]!]!++;
  if (person) {
    const { offsets, members } = cache.persons;
    for (let j = offsets[r]!, stop = offsets[r + 1]!; j < stop; j++) counts.persons[members[j]!]!++;
  }
  if (country) {
    const { offsets, members } = cache.countries;
    for (let j = offsets[r]!, stop = offsets[r + 1]!; j < stop; j++) counts.countries[members[j]!]!++;
  }
}

function countUnfiltered(cache: FacetCache, candidates: Int32Array, counts: Counts, matches: Int32Array): number {
  const { alive, size } = cache;
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    if (r >= size || alive[r] !== 1) continue;
    countRow(cache, counts, r, true, true, true);
    matches[total++] = r;
  }
  return total;
}

function countFiltered(
  cache: FacetCache,
  candidates: Int32Array,
  filters: CompiledFilters,
  counts: Counts,
  matches: Int32Array,
): number {
  const { alive, month, size, persons, countries } = cache;
  const { months: monthFilter, persons: personFilter, countries: countryFilter } = filters;
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    if (r >= size || alive[r] !== 1) continue;
    const dateOk = monthFilter === null || monthFilter[month[r]!] === 1;
    const personOk = personFilter === null || hasAny(persons, personFilter, r);
    const countryOk = countryFilter === null || hasAny(countries, countryFilter, r);
    countRow(cache, counts, r, personOk && countryOk, dateOk && countryOk, dateOk && personOk);
    if (dateOk && personOk && countryOk) matches[total++] = r;
  }
  return total;
}

/**
 * Filters the candidate rowids (kept in their order) and counts facets in one pass. Counts are
 * disjunctive: a facet's counts apply every filter except its own, so selecting a value still
 * shows what its siblings would give (OR within a facet, AND across facets).
 */
export function filterAndCount(
  cache: FacetCache,
  candidates: Int32Array,
  filters: SearchFilters,
): { matches: Int32Array; facets: FacetCounts } {
  const compiled = compileFilters(cache, filters);
  const counts = emptyCounts(cache);
  const matches = new Int32Array(candidates.length);
  const unfiltered = compiled.months === null && compiled.persons === null && compiled.countries === null;
  const total = unfiltered
    ? countUnfiltered(cache, candidates, counts, matches)
    : countFiltered(cache, candidates, compiled, counts, matches);
  return { matches: matches.subarray(0, total), facets: toFacetCounts(cache, counts, filters) };
}

const FACETS = ['months', 'persons', 'countries'] as const;
type Facet = (typeof FACETS)[number];

function postingsOf(cache: FacetCache, facet: Facet): Int32Array[] {
  return facet === 'months' ? cache.monthPostings : cache[facet].postings;
}

const globalCountsMemo = new WeakMap<FacetCache, Counts>();

function globalCounts(cache: FacetCache): Counts {
  let counts = globalCountsMemo.get(cache);
  if (!counts) {
    counts = emptyCounts(cache);
    countUnfiltered(cache, cache.newestFirst, counts, new Int32Array(cache.newestFirst.length));
    globalCountsMemo.set(cache, counts);
  }
  return counts;
}

/**
 * The empty query (every paragraph) with filters, from the per-value rowid lists instead of a
 * pass over the whole index: each filtered facet marks its rows with one bit; a facet's counts
 * come from the rows carrying every other facet's bit (or from the precomputed totals).
 */
export function countAll(
  cache: FacetCache,
  filters: SearchFilters,
  end: number,
): { total: number; page: Int32Array; facets: FacetCounts } {
  const compiled = compileFilters(cache, filters);
  const active = FACETS.filter((f) => compiled[f] !== null);
  if (active.length === 0) {
    const facets = toFacetCounts(cache, globalCounts(cache), filters);
    return { total: cache.liveCount, page: cache.newestFirst.subarray(0, end), facets };
  }
  const bits = new Uint8Array(cache.size);
  const rowsOf = new Map<Facet, Int32Array[]>();
  active.forEach((facet, i) => {
    const accepted = compiled[facet]!;
    const lists = postingsOf(cache, facet).filter((_, id) => accepted[id] === 1);
    rowsOf.set(facet, lists);
    for (const list of lists) for (const r of list) bits[r]! |= 1 << i;
  });
  const all = (1 << active.length) - 1;
  const sizeOf = (f: Facet) => rowsOf.get(f)!.reduce((n, l) => n + l.length, 0);
  const counts = emptyCounts(cache);
  const global = globalCounts(cache);
  // A row can sit in several accepted lists of the driving facet: `seen` counts it once per pass.
  const seen = new Uint8Array(cache.size);
  let stamp = 0;
  for (const facet of FACETS) {
    const own = active.indexOf(facet);
    const others = active.filter((f) => f !== facet);
    if (others.length === 0) {
      counts[facet].set(global[facet]);
      continue;
    }
    const need = own === -1 ? all : all & ~(1 << own);
    const driver = others.reduce((a, b) => (sizeOf(a) <= sizeOf(b) ? a : b));
    stamp++;
    for (const list of rowsOf.get(driver)!) {
      for (const r of list) {
        if ((bits[r]! & need) !== need || seen[r] === stamp) continue;
        seen[r] = stamp;
        countRow(cache, counts, r, facet === 'months', facet === 'persons', facet === 'countries');
      }
    }
  }
  const driver = active.reduce((a, b) => (sizeOf(a) <= sizeOf(b) ? a : b));
  stamp++;
  let total = 0;
  for (const list of rowsOf.get(driver)!) {
    for (const r of list) {
      if (bits[r] !== all || seen[r] === stamp) continue;
      seen[r] = stamp;
      total++;
    }
  }
  return { total, page: newestMatches(cache, total, end, (r) => bits[r] === all), facets: toFacetCounts(cache, counts, filters) };
}

/** The first `end` matching rowids, newest first, walking the recency order (matches are dense or few). */
function newestMatches(cache: FacetCache, total: number, end: number, isMatch: (r: number) => boolean): Int32Array {
  const page = new Int32Array(Math.min(total, end));
  let n = 0;
  for (let i = 0; i < cache.newestFirst.length && n < page.length; i++) {
    const r = cache.newestFirst[i]!;
    if (isMatch(r)) page[n++] = r;
  }
  return page;
}

import { LIMITS } from '../limits';
import type { FacetCounts, SearchFilters } from '../types';
import { matchModeOf, type MatchMode } from '../match-mode';
import type { FacetCache, FacetColumn, FacetDimension } from './facet-cache';
import { rowsHoldingAll } from './all-of';

/*
 * Filtering and counting loop over the cache's dimensions (one per facet of the registry, in its
 * order): dimension k is bit k of the masks below.
 */

/**
 * One filtered dimension: the accepted value ids and how many of them a paragraph must hold (1 in
 * `any` mode, every selected value in `all` mode; a selected value absent from the index is never
 * held, so an `all` filter naming it matches nothing).
 */
export interface CompiledFilter {
  accepted: Uint8Array;
  need: number;
}

/** Per dimension, its filter, or `null` when the facet is not filtered. */
export type CompiledFilters = (CompiledFilter | null)[];

/** Per dimension, a count per value id. */
type Counts = Int32Array[];

function compileValues(column: FacetColumn, selected: readonly string[], mode: MatchMode): CompiledFilter {
  const accepted = new Uint8Array(column.values.length);
  for (const value of selected) {
    const id = column.ids.get(value);
    if (id !== undefined) accepted[id] = 1;
  }
  return { accepted, need: mode === 'all' ? new Set(selected).size : 1 };
}

/** Periods match by prefix (`YYYY` or `YYYY-MM`, already validated) against the months. */
function compilePeriods(column: FacetColumn, selected: readonly string[]): CompiledFilter {
  const accepted = new Uint8Array(column.values.length);
  column.values.forEach((month, id) => {
    if (selected.some((v) => month.startsWith(v))) accepted[id] = 1;
  });
  return { accepted, need: 1 };
}

export function compileFilters(cache: FacetCache, filters: SearchFilters): CompiledFilters {
  return cache.dimensions.map(({ name, kind, column }) => {
    const selected = filters[name];
    if (selected.length === 0) return null;
    return kind === 'period' ? compilePeriods(column, selected) : compileValues(column, selected, matchModeOf(filters, name));
  });
}

function emptyCounts(cache: FacetCache): Counts {
  return cache.dimensions.map((d) => new Int32Array(d.column.values.length));
}

/** Whether the paragraph holds enough accepted values (a paragraph's values are unique). */
export function passes(column: FacetColumn, { accepted, need }: CompiledFilter, rowid: number): boolean {
  let held = 0;
  for (let i = column.offsets[rowid]!, end = column.offsets[rowid + 1]!; i < end; i++) {
    if (accepted[column.members[i]!] === 1 && ++held >= need) return true;
  }
  return false;
}

function topValues(column: FacetColumn, counts: Int32Array, selected: readonly string[]): Record<string, number> {
  const ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
  ids.sort((a, b) => counts[b]! - counts[a]! || (column.values[a]! < column.values[b]! ? -1 : 1));
  const result: Record<string, number> = {};
  for (const id of ids.slice(0, LIMITS.facetValuesReturned)) result[column.values[id]!] = counts[id]!;
  for (const value of selected) {
    const id = column.ids.get(value);
    if (id !== undefined && counts[id]! > 0) result[value] = counts[id]!;
  }
  return result;
}

/** Years, then months, newest first (integer-like keys such as years sort ascending in JS anyway). */
function periodCounts(months: readonly string[], counts: Int32Array): Record<string, number> {
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
  return Object.fromEntries(
    cache.dimensions.map(({ name, kind, column }, k) => [
      name,
      kind === 'period' ? periodCounts(column.values, counts[k]!) : topValues(column, counts[k]!, filters[name]),
    ]),
  ) as FacetCounts;
}

/** Counts row `r` in every dimension whose bit is set in `mask`. */
function countRow(dimensions: readonly FacetDimension[], counts: Counts, r: number, mask: number) {
  for (let k = 0; k < dimensions.length; k++) {
    if ((mask & (1 << k)) === 0) continue;
    const { offsets, members } = dimensions[k]!.column;
    const own = counts[k]!;
    for (let j = offsets[r]!, stop = offsets[r + 1]!; j < stop; j++) own[members[j]!]!++;
  }
}

const allBits = (cache: FacetCache) => (1 << cache.dimensions.length) - 1;

function countUnfiltered(cache: FacetCache, candidates: Int32Array, counts: Counts, matches: Int32Array): number {
  const { alive, size, dimensions } = cache;
  const all = allBits(cache);
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    if (r >= size || alive[r] !== 1) continue;
    countRow(dimensions, counts, r, all);
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
  const { alive, size, dimensions } = cache;
  const all = allBits(cache);
  // A facet in `all` mode is counted within the matches only: its counts say what adding a value gives.
  let conjunctive = 0;
  filters.forEach((f, k) => {
    if (f && f.need > 1) conjunctive |= 1 << k;
  });
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    if (r >= size || alive[r] !== 1) continue;
    let failed = 0;
    for (let k = 0; k < dimensions.length; k++) {
      const filter = filters[k];
      if (filter && !passes(dimensions[k]!.column, filter, r)) failed |= 1 << k;
    }
    if (failed === 0) {
      countRow(dimensions, counts, r, all);
      matches[total++] = r;
    } else if ((failed & (failed - 1)) === 0 && (failed & conjunctive) === 0) {
      // Only one facet rejects the row: it still counts for that facet (disjunctive counts).
      countRow(dimensions, counts, r, failed);
    }
  }
  return total;
}

/**
 * Filters the candidate rowids (kept in their order) and counts facets in one pass. Counts are
 * disjunctive: a facet's counts apply every filter except its own, so selecting a value still
 * shows what its siblings would give (OR within a facet, AND across facets). A facet in `all`
 * mode is the exception: its counts are taken within the matches (what adding a value would keep).
 */
export function filterAndCount(
  cache: FacetCache,
  candidates: Int32Array,
  filters: SearchFilters,
): { matches: Int32Array; facets: FacetCounts } {
  const compiled = compileFilters(cache, filters);
  const counts = emptyCounts(cache);
  const matches = new Int32Array(candidates.length);
  const total = compiled.every((c) => c === null)
    ? countUnfiltered(cache, candidates, counts, matches)
    : countFiltered(cache, candidates, compiled, counts, matches);
  return { matches: matches.subarray(0, total), facets: toFacetCounts(cache, counts, filters) };
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
  if (compiled.some((f) => f !== null && f.need > 1)) return countAllOf(cache, filters, end);
  const dimensionIds = cache.dimensions.map((_, k) => k);
  const active = dimensionIds.filter((k) => compiled[k] !== null);
  if (active.length === 0) {
    const facets = toFacetCounts(cache, globalCounts(cache), filters);
    return { total: cache.liveCount, page: cache.newestFirst.subarray(0, end), facets };
  }
  const bits = new Uint8Array(cache.size);
  const rowsOf = new Map<number, Int32Array[]>();
  active.forEach((k, i) => {
    const { accepted } = compiled[k]!;
    const lists = cache.dimensions[k]!.column.postings.filter((_, id) => accepted[id] === 1);
    rowsOf.set(k, lists);
    for (const list of lists) for (const r of list) bits[r]! |= 1 << i;
  });
  const all = (1 << active.length) - 1;
  const sizeOf = (k: number) => rowsOf.get(k)!.reduce((n, l) => n + l.length, 0);
  const smallest = (ks: number[]) => ks.reduce((a, b) => (sizeOf(a) <= sizeOf(b) ? a : b));
  const counts = emptyCounts(cache);
  const global = globalCounts(cache);
  // A row can sit in several accepted lists of the driving facet: `seen` counts it once per pass.
  const seen = new Uint8Array(cache.size);
  let stamp = 0;
  for (const k of dimensionIds) {
    const own = active.indexOf(k);
    const others = active.filter((a) => a !== k);
    if (others.length === 0) {
      counts[k]!.set(global[k]!);
      continue;
    }
    const need = own === -1 ? all : all & ~(1 << own);
    stamp++;
    for (const list of rowsOf.get(smallest(others))!) {
      for (const r of list) {
        if ((bits[r]! & need) !== need || seen[r] === stamp) continue;
        seen[r] = stamp;
        countRow(cache.dimensions, counts, r, 1 << k);
      }
    }
  }
  stamp++;
  let total = 0;
  for (const list of rowsOf.get(smallest(active))!) {
    for (const r of list) {
      if (bits[r] !== all || seen[r] === stamp) continue;
      seen[r] = stamp;
      total++;
    }
  }
  return { total, page: newestMatches(cache, total, end, (r) => bits[r] === all), facets: toFacetCounts(cache, counts, filters) };
}

/**
 * `countAll` with a facet in `all` mode: only paragraphs holding every value of that facet can
 * match or count (a disjunctive count skips one facet's filter, never the `all` one), so the
 * intersection of its values' rowid lists, newest first, is filtered and counted as a match set.
 */
function countAllOf(cache: FacetCache, filters: SearchFilters, end: number): { total: number; page: Int32Array; facets: FacetCounts } {
  const candidates = rowsHoldingAll(cache, filters);
  const { matches, facets } = filterAndCount(cache, candidates, filters);
  return { total: matches.length, page: matches.subarray(0, end), facets };
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

/**
 * Counts every facet over exactly these rows (no facet ignores its own filter): what an entity
 * page needs, where the persons seen beside a person are counted within that person's paragraphs.
 */
export function countWithin(cache: FacetCache, rowids: Int32Array): FacetCounts {
  const counts = emptyCounts(cache);
  const all = allBits(cache);
  for (const r of rowids) countRow(cache.dimensions, counts, r, all);
  return toFacetCounts(cache, counts, Object.fromEntries(cache.dimensions.map((d) => [d.name, []])) as unknown as SearchFilters);
}

import { LIMITS } from '../limits';
import type { FacetCounts, SearchFilters } from '../types';
import { matchModeOf, type MatchMode } from '../match-mode';
import type { FacetCache, FacetColumn } from './facet-cache';
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

/**
 * What ordering a column's counts needs, derived once per column: each value's rank by spelling
 * (ties in count sort by it), and the values from the last in spelling order (a period column:
 * months newest first) with the year each one falls in.
 */
interface ColumnOrder {
  rank: Int32Array;
  descending: Int32Array;
  years: string[];
}

const columnOrders = new WeakMap<FacetColumn, ColumnOrder>();

function columnOrder(column: FacetColumn): ColumnOrder {
  let order = columnOrders.get(column);
  // Values are only ever appended: a longer list means new values to place.
  if (!order || order.rank.length !== column.values.length) {
    const { values } = column;
    const ids = Int32Array.from(values.keys()).sort((a, b) => (values[a]! < values[b]! ? -1 : 1));
    const rank = new Int32Array(values.length);
    ids.forEach((id, i) => (rank[id] = i));
    order = { rank, descending: ids.reverse(), years: values.map((v) => v.slice(0, 4)) };
    columnOrders.set(column, order);
  }
  return order;
}

function topValues(column: FacetColumn, counts: Int32Array, selected: readonly string[]): Record<string, number> {
  const { rank } = columnOrder(column);
  const ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
  ids.sort((a, b) => counts[b]! - counts[a]! || rank[a]! - rank[b]!);
  const result: Record<string, number> = {};
  for (let i = 0; i < ids.length && i < LIMITS.facetValuesReturned; i++) result[column.values[ids[i]!]!] = counts[ids[i]!]!;
  for (const value of selected) {
    const id = column.ids.get(value);
    if (id !== undefined && counts[id]! > 0) result[value] = counts[id]!;
  }
  return result;
}

/** Years, then months, newest first (integer-like keys such as years sort ascending in JS anyway). */
function periodCounts(column: FacetColumn, counts: Int32Array): Record<string, number> {
  const { descending, years } = columnOrder(column);
  const result: Record<string, number> = {};
  for (const id of descending) {
    const c = counts[id]!;
    if (c > 0) result[years[id]!] = (result[years[id]!] ?? 0) + c;
  }
  for (const id of descending) if (counts[id]! > 0 && column.values[id]!.length === 7) result[column.values[id]!] = counts[id]!;
  return result;
}

function toFacetCounts(cache: FacetCache, counts: Counts, filters: SearchFilters): FacetCounts {
  return Object.fromEntries(
    cache.dimensions.map(({ name, kind, column }, k) => [
      name,
      kind === 'period' ? periodCounts(column, counts[k]!) : topValues(column, counts[k]!, filters[name]),
    ]),
  ) as FacetCounts;
}

/** Counts the values of the first `n` rows of `rows` in one column: a tight loop per column. */
function countColumn(column: FacetColumn, own: Int32Array, rows: Int32Array, n: number): void {
  const { offsets, members } = column;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    for (let j = offsets[r]!, stop = offsets[r + 1]!; j < stop; j++) own[members[j]!]!++;
  }
}

/** Counts row `r` in one column. */
function countOne(column: FacetColumn, own: Int32Array, r: number): void {
  const { offsets, members } = column;
  for (let j = offsets[r]!, stop = offsets[r + 1]!; j < stop; j++) own[members[j]!]!++;
}

/** Counts the first `n` rows of `rows` in every dimension. */
function countRows(cache: FacetCache, counts: Counts, rows: Int32Array, n: number): void {
  cache.dimensions.forEach((d, k) => countColumn(d.column, counts[k]!, rows, n));
}

function keepLive(cache: FacetCache, candidates: Int32Array, matches: Int32Array): number {
  const { alive, size } = cache;
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    if (r < size && alive[r] === 1) matches[total++] = r;
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
  const filtered = dimensions.flatMap((d, k) => (filters[k] ? [k] : []));
  // A facet in `all` mode is counted within the matches only: its counts say what adding a value gives.
  let conjunctive = 0;
  for (const k of filtered) if (filters[k]!.need > 1) conjunctive |= 1 << k;
  let total = 0;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    if (r >= size || alive[r] !== 1) continue;
    let failed = 0;
    for (const k of filtered) if (!passes(dimensions[k]!.column, filters[k]!, r)) failed |= 1 << k;
    if (failed === 0) matches[total++] = r;
    else if ((failed & (failed - 1)) === 0 && (failed & conjunctive) === 0) {
      // Only one facet rejects the row: it still counts for that facet (disjunctive counts).
      const k = 31 - Math.clz32(failed);
      countOne(dimensions[k]!.column, counts[k]!, r);
    }
  }
  countRows(cache, counts, matches, total);
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
  let total: number;
  if (compiled.every((c) => c === null)) {
    total = keepLive(cache, candidates, matches);
    countRows(cache, counts, matches, total);
  } else total = countFiltered(cache, candidates, compiled, counts, matches);
  return { matches: matches.subarray(0, total), facets: toFacetCounts(cache, counts, filters) };
}

const globalCountsMemo = new WeakMap<FacetCache, Counts>();

function globalCounts(cache: FacetCache): Counts {
  let counts = globalCountsMemo.get(cache);
  if (!counts) {
    counts = emptyCounts(cache);
    const live = new Int32Array(cache.newestFirst.length);
    countRows(cache, counts, live, keepLive(cache, cache.newestFirst, live));
    globalCountsMemo.set(cache, counts);
  }
  return counts;
}

/**
 * The rows of the lists, each once (a row can sit in several accepted lists of a values facet;
 * a period facet's lists are disjoint).
 */
function unionOf(cache: FacetCache, lists: readonly Int32Array[], disjoint: boolean): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const rows = new Int32Array(listsSize(lists));
  let n = 0;
  if (disjoint) for (const list of lists) rows.set(list, (n += list.length) - list.length);
  else {
    const { scratch } = cache;
    for (const list of lists) {
      for (const r of list) {
        if (scratch[r] === 1) continue;
        scratch[r] = 1;
        rows[n++] = r;
      }
    }
    for (let i = 0; i < n; i++) scratch[rows[i]!] = 0;
  }
  return rows.subarray(0, n);
}

/**
 * The empty query (every paragraph) with filters, from the per-value rowid lists instead of a
 * pass over the whole index. With one filtered facet, the matches are its rows and it keeps its
 * global counts. With several, each marks its rows with one bit; a facet's counts come from the
 * rows carrying every other facet's bit, all of which are among the rows of the smallest
 * filtered facet (the driver): one pass over them counts every facet but the driver, and a
 * second, over the next smallest, counts the driver.
 */
export function countAll(
  cache: FacetCache,
  filters: SearchFilters,
  end: number,
): { total: number; page: Int32Array; facets: FacetCounts } {
  const compiled = compileFilters(cache, filters);
  if (compiled.some((f) => f !== null && f.need > 1)) return countAllOf(cache, filters, end);
  const active = cache.dimensions.flatMap((_, k) => (compiled[k] ? [k] : []));
  if (active.length === 0) {
    const facets = toFacetCounts(cache, globalCounts(cache), filters);
    return { total: cache.liveCount, page: cache.newestFirst.subarray(0, end), facets };
  }
  const lists = active.map((k) => cache.dimensions[k]!.column.postings.filter((_, id) => compiled[k]!.accepted[id] === 1));
  if (active.length === 1) {
    const [k] = active as [number];
    const matches = unionOf(cache, lists[0]!, cache.dimensions[k]!.kind === 'period');
    const counts = emptyCounts(cache);
    cache.dimensions.forEach((d, j) => {
      if (j !== k) countColumn(d.column, counts[j]!, matches, matches.length);
    });
    counts[k]!.set(globalCounts(cache)[k]!);
    return { total: matches.length, page: newestOf(cache, matches, end), facets: toFacetCounts(cache, counts, filters) };
  }
  const bits = new Uint8Array(cache.size);
  lists.forEach((facetLists, i) => {
    for (const list of facetLists) for (const r of list) bits[r]! |= 1 << i;
  });
  const all = (1 << active.length) - 1;
  const bySize = active.map((_, i) => i).sort((a, b) => listsSize(lists[a]!) - listsSize(lists[b]!));
  const [driver, second] = bySize as [number, number];
  const counts = emptyCounts(cache);
  // A row can sit in several accepted lists of one facet: `seen` counts it once per pass.
  const seen = new Uint8Array(cache.size);
  const matches = new Int32Array(listsSize(lists[driver]!));
  let total = 0;
  for (const list of lists[driver]!) {
    for (const r of list) {
      if (seen[r] === 1) continue;
      seen[r] = 1;
      const missing = all & ~bits[r]!;
      if (missing === 0) matches[total++] = r;
      // Lacking one facet's value only: the row counts for that facet (disjunctive counts).
      else if ((missing & (missing - 1)) === 0) {
        const k = active[31 - Math.clz32(missing)]!;
        countOne(cache.dimensions[k]!.column, counts[k]!, r);
      }
    }
  }
  const driverDimension = active[driver]!;
  cache.dimensions.forEach((d, k) => {
    if (k !== driverDimension) countColumn(d.column, counts[k]!, matches, total);
  });
  const { column } = cache.dimensions[driverDimension]!;
  const others = all & ~(1 << driver);
  for (const list of lists[second]!) {
    for (const r of list) {
      if (seen[r] === 2 || (bits[r]! & others) !== others) continue;
      seen[r] = 2;
      countOne(column, counts[driverDimension]!, r);
    }
  }
  return { total, page: newestOf(cache, matches.subarray(0, total), end), facets: toFacetCounts(cache, counts, filters) };
}

function listsSize(lists: readonly Int32Array[]): number {
  return lists.reduce((n, l) => n + l.length, 0);
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

/**
 * The `end` newest of the rows, by their place in the recency order: a bounded max-heap of the
 * smallest places, one comparison per row past the first `end`. (Walking the recency order
 * instead costs as much as the rows are old: a filter on an old year walked the whole index.)
 */
function newestOf(cache: FacetCache, rows: Int32Array, end: number): Int32Array {
  const { recency, newestFirst } = cache;
  const heap = new Int32Array(Math.min(rows.length, end));
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const place = recency[rows[i]!]!;
    if (n < heap.length) {
      let c = n++;
      while (c > 0 && heap[(c - 1) >> 1]! < place) {
        heap[c] = heap[(c - 1) >> 1]!;
        c = (c - 1) >> 1;
      }
      heap[c] = place;
    } else if (place < heap[0]!) {
      let c = 0;
      for (;;) {
        const left = 2 * c + 1;
        if (left >= n) break;
        const child = left + 1 < n && heap[left + 1]! > heap[left]! ? left + 1 : left;
        if (heap[child]! <= place) break;
        heap[c] = heap[child]!;
        c = child;
      }
      heap[c] = place;
    }
  }
  heap.sort();
  for (let i = 0; i < heap.length; i++) heap[i] = newestFirst[heap[i]!]!;
  return heap;
}

/**
 * Counts every facet over exactly these rows (no facet ignores its own filter): what an entity
 * page needs, where the persons seen beside a person are counted within that person's paragraphs.
 */
export function countWithin(cache: FacetCache, rowids: Int32Array): FacetCounts {
  const counts = emptyCounts(cache);
  countRows(cache, counts, rowids, rowids.length);
  return toFacetCounts(cache, counts, Object.fromEntries(cache.dimensions.map((d) => [d.name, []])) as unknown as SearchFilters);
}

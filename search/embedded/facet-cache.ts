import type Database from 'better-sqlite3';
import { FACETS, VALUE_FACETS, type FacetKind, type FacetName } from '../facets';
import { allocateWithRoom, growInPlace, packArrays, unpackArrays, type PackedArray } from './packed-arrays';
import { FACET_COLUMNS } from './records';

/** Values of one facet, interned: `values[id]`, per paragraph a CSR list of ids, per value its rowids. */
export interface FacetColumn {
  values: string[];
  ids: Map<string, number>;
  /** `members[offsets[rowid]] … members[offsets[rowid + 1] - 1]` are the paragraph's value ids. */
  offsets: Uint32Array;
  members: Uint32Array;
  /** Rowids holding each value, ascending. */
  postings: Int32Array[];
}

/**
 * Every paragraph's facets in typed arrays indexed by rowid, one per index version: filtering and
 * counting a match set is then a loop over integers, with no SQL. The writer stores it at each
 * commit (see `readFacetCache`), so a reader does not rebuild it.
 */
export interface FacetCache {
  size: number;
  liveCount: number;
  alive: Uint8Array;
  /**
   * One column per facet of the registry, in its order. A `period` facet's column holds each
   * paragraph's month (`YYYY-MM`); a `values` facet's column its values.
   */
  dimensions: FacetDimension[];
  /** Every live rowid, newest first (date desc, then insertion order). */
  newestFirst: Int32Array;
  /** Position of each rowid in `newestFirst`: sorting by it orders by recency. */
  recency: Int32Array;
  /** Each paragraph's word count (capped at 65,535): the length prior of a large match level. */
  wordCounts: Uint16Array;
  /** Each paragraph's date as YYYYMMDD (missing parts 0): where a new paragraph goes in `newestFirst`. */
  dateKeys: Uint32Array;
  /** A zeroed per-rowid flag array that a search may use and must leave zeroed. */
  scratch: Uint8Array;
}

/** One facet of the registry with its values loaded. */
export interface FacetDimension {
  name: FacetName;
  kind: FacetKind;
  column: FacetColumn;
}

/** One row of `paragraph_facets`: `lists` holds the value facets' values, in registry order. */
export interface FacetRow {
  date: string;
  wordCount: number;
  lists: string[][];
}

/** `YYYY-MM-DD` → YYYYMMDD as a number (missing parts count as 0), for sorting. */
function dateKey(date: string): number {
  const digits = date.replace(/\D/g, '').slice(0, 8).padEnd(8, '0');
  return Number(digits) || 0;
}

/** What a commit changed: rowids ascending and unique, each with its row now (none: gone). */
export interface FacetChanges {
  rowids: Int32Array;
  row(index: number): FacetRow | undefined;
}

/** Changes given as a map of the rows now present; changed rowids missing from it are gone. */
export function changesOf(rowids: Int32Array, rows: ReadonlyMap<number, FacetRow>): FacetChanges {
  return { rowids, row: (i) => rows.get(rowids[i]!) };
}

/** Per dimension, which `FacetRow.lists` entry holds its values (-1: the period, from the date). */
const LIST_INDEX = FACETS.map((f) => (f.kind === 'period' ? -1 : VALUE_FACETS.findIndex((v) => v.name === f.name)));

/**
 * Room left after each per-row array (stored and allocated), so that the next commits' new rows
 * are written in place instead of copying every array: about 1.5% more memory and BLOB.
 */
const roomFor = (length: number) => Math.max(2_048, Math.ceil(length / 64));

/** `array` lengthened to `length` in place when it may be (see `growInPlace`), else a copy with room. */
function lengthened<T extends Uint8Array | Uint16Array | Uint32Array>(
  array: T | undefined,
  length: number,
  inPlace: boolean,
  Constructor: new (length: number) => T,
): T {
  const grown = array && inPlace ? growInPlace(array, length) : null;
  if (grown) return grown;
  const copy = allocateWithRoom(Constructor, length, roomFor(length));
  if (array) copy.set(array.subarray(0, length));
  return copy;
}

function emptyColumn(): FacetColumn {
  return { values: [], ids: new Map(), offsets: new Uint32Array(1), members: new Uint32Array(0), postings: [] };
}

function intern(column: FacetColumn, value: string): number {
  let id = column.ids.get(value);
  if (id === undefined) {
    id = column.values.length;
    column.values.push(value);
    column.ids.set(value, id);
  }
  return id;
}

/**
 * Column `k` with the changed rows replaced by their new values (none when the row is gone),
 * every other row's values copied from `base` a run at a time (or kept where they are when no row
 * of the base changed: the new rows are then written past its end), and only the touched values'
 * rowid lists rebuilt. Takes over `base.values` and `base.ids`.
 */
function updateColumn(
  base: FacetColumn,
  k: number,
  baseSize: number,
  size: number,
  changes: FacetChanges,
  rows: (FacetRow | undefined)[],
  isChanged: Uint8Array | null,
): FacetColumn {
  const column: FacetColumn = { values: base.values, ids: base.ids, offsets: base.offsets, members: base.members, postings: [] };
  const { rowids } = changes;
  const listIndex = LIST_INDEX[k]!;
  // Pass 1: the changed rows' value ids, flat, and how many rows each value gains.
  const newIds: number[] = [];
  const newCounts = new Uint32Array(rowids.length);
  const touched = new Set<number>();
  // Values some changed row held before: only their rowid lists need filtering.
  const losing = new Set<number>();
  let total = base.offsets[baseSize] ?? 0;
  for (let i = 0; i < rowids.length; i++) {
    const r = rowids[i]!;
    if (r < baseSize) {
      for (let j = base.offsets[r]!; j < base.offsets[r + 1]!; j++) {
        touched.add(base.members[j]!);
        losing.add(base.members[j]!);
      }
      total -= base.offsets[r + 1]! - base.offsets[r]!;
    }
    const row = rows[i];
    if (!row) continue;
    const values = listIndex === -1 ? [row.date.slice(0, 7)] : row.lists[listIndex]!;
    for (const value of values) {
      const id = intern(column, value);
      touched.add(id);
      newIds.push(id);
    }
    newCounts[i] = values.length;
    total += values.length;
  }
  // Pass 2: offsets and members.
  const inPlace = isChanged === null;
  const offsets = lengthened(inPlace ? base.offsets : undefined, size + 1, inPlace, Uint32Array);
  const members = lengthened(inPlace ? base.members : undefined, total, inPlace, Uint32Array);
  const shared = offsets.buffer === base.offsets.buffer && members.buffer === base.members.buffer;
  let cursor = 0;
  let next = 0;
  const copyBase = (end: number) => {
    const stop = Math.min(end, baseSize);
    if (next < stop) {
      const from = base.offsets[next]!;
      const to = base.offsets[stop]!;
      if (!shared) {
        const shift = cursor - from;
        if (shift === 0) offsets.set(base.offsets.subarray(next, stop), next);
        else for (let x = next; x < stop; x++) offsets[x] = base.offsets[x]! + shift;
        members.set(base.members.subarray(from, to), cursor);
      }
      cursor += to - from;
      next = stop;
    }
    for (; next < end; next++) offsets[next] = cursor;
  };
  const gained = new Uint32Array(column.values.length);
  for (let i = 0, flat = 0; i < rowids.length; i++) {
    const r = rowids[i]!;
    copyBase(r);
    offsets[r] = cursor;
    for (let n = 0; n < newCounts[i]!; n++) {
      const id = newIds[flat++]!;
      members[cursor++] = id;
      gained[id]!++;
    }
    next = r + 1;
  }
  copyBase(size);
  offsets[size] = cursor;
  column.offsets = offsets;
  column.members = members;
  // Pass 3: the touched values' rowid lists: the base's unchanged rows, then the changed ones.
  const postings = base.postings.slice();
  const fill = new Uint32Array(column.values.length);
  for (let id = 0; id < column.values.length; id++) {
    if (!touched.has(id)) continue;
    const previous = id < postings.length ? postings[id]! : new Int32Array(0);
    const kept = isChanged && losing.has(id) ? withoutChanged(previous, isChanged) : previous;
    const list = new Int32Array(kept.length + gained[id]!);
    list.set(kept);
    fill[id] = kept.length;
    postings[id] = list;
  }
  for (let i = 0, flat = 0; i < rowids.length; i++) {
    for (let n = 0; n < newCounts[i]!; n++) {
      const id = newIds[flat++]!;
      postings[id]![fill[id]!++] = rowids[i]!;
    }
  }
  // Rows appended past the base's last one keep a list sorted: only the others need a sort.
  for (const id of touched) {
    const list = postings[id]!;
    const keptLength = list.length - gained[id]!;
    if (gained[id]! > 0 && keptLength > 0 && list[keptLength - 1]! > list[keptLength]!) list.sort();
  }
  column.postings = postings;
  return column;
}

/**
 * `base` (null: empty) with what a commit changed applied: the version after it, built from the
 * one before. Consumes `base`.
 */
export function applyFacetChanges(base: FacetCache | null, changes: FacetChanges): FacetCache {
  const baseSize = base?.size ?? 0;
  const { rowids } = changes;
  const rows = Array.from(rowids, (_, i) => changes.row(i));
  let size = Math.max(baseSize, 1);
  rowids.forEach((r, i) => {
    if (rows[i]) size = Math.max(size, r + 1);
  });
  // Rows past the new size are gone rows the base never had.
  const inside = rowids.findIndex((r) => r >= size);
  const kept = inside === -1 ? rowids.length : inside;
  const within: FacetChanges = { rowids: rowids.subarray(0, kept), row: (i) => rows[i] };
  // Flags the changed rows the base held; none when a commit only appended rows, whose values are
  // then written past the end of the base's arrays, in place when they have room.
  const isChanged = kept > 0 && rowids[0]! < baseSize ? new Uint8Array(Math.max(size, baseSize)) : null;
  const alive = lengthened(base?.alive, size, !isChanged, Uint8Array);
  const wordCounts = lengthened(base?.wordCounts, size, !isChanged, Uint16Array);
  const dateKeys = lengthened(base?.dateKeys, size, !isChanged, Uint32Array);
  const added: number[] = [];
  const keyOfDate = new Map<string, number>();
  const keyOf = (date: string) => {
    let key = keyOfDate.get(date);
    if (key === undefined) keyOfDate.set(date, (key = dateKey(date)));
    return key;
  };
  for (let i = 0; i < kept; i++) {
    const r = rowids[i]!;
    const row = rows[i];
    if (isChanged && r < baseSize) isChanged[r] = 1;
    alive[r] = row ? 1 : 0;
    wordCounts[r] = row ? Math.min(65_535, row.wordCount) : 0;
    dateKeys[r] = row ? keyOf(row.date) : 0;
    if (row) added.push(r);
  }
  const dimensions = FACETS.map((f, k) => ({
    name: f.name,
    kind: f.kind,
    column: updateColumn(base?.dimensions[k]!.column ?? emptyColumn(), k, baseSize, size, within, rows, isChanged),
  }));
  const unchanged = !base ? new Int32Array(0) : isChanged ? withoutChanged(base.newestFirst, isChanged) : base.newestFirst;
  const newestFirst = mergeByRecency(unchanged, added, dateKeys, size);
  return withDerived({ size, liveCount: newestFirst.length, alive, dimensions, newestFirst, wordCounts, dateKeys }, base?.scratch);
}

/**
 * The rowids not flagged in `isChanged`, in their order. Plain loops here and below: a reader runs
 * them once per commit over every paragraph, where a callback per element cost ten times more.
 */
function withoutChanged(rowids: Int32Array, isChanged: Uint8Array): Int32Array {
  const kept = new Int32Array(rowids.length);
  let n = 0;
  for (let i = 0; i < rowids.length; i++) {
    const r = rowids[i]!;
    if (isChanged[r] !== 1) kept[n++] = r;
  }
  return n === rowids.length ? kept : kept.slice(0, n);
}

/** Date descending, then rowid (insertion order) ascending. */
function sortByRecency(rowids: readonly number[], dateKeys: Uint32Array, size: number): Int32Array {
  // Both keys packed in one float, so the sort is a typed-array sort.
  const keys = Float64Array.from(rowids, (r) => -(dateKeys[r]! * size + (size - 1 - r)));
  keys.sort();
  return Int32Array.from(keys, (k) => size - 1 - (-k % size));
}

function mergeByRecency(kept: Int32Array, added: readonly number[], dateKeys: Uint32Array, size: number): Int32Array {
  const incoming = sortByRecency(added, dateKeys, size);
  if (kept.length === 0) return incoming;
  // Each new row's place found by binary search, the kept rows between copied in blocks: a small
  // commit costs two copies of the order, not a comparison per paragraph.
  const merged = new Int32Array(kept.length + incoming.length);
  let from = 0;
  let n = 0;
  for (const a of incoming) {
    let low = from;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const b = kept[middle]!;
      if (dateKeys[a]! > dateKeys[b]! || (dateKeys[a] === dateKeys[b] && a < b)) high = middle;
      else low = middle + 1;
    }
    merged.set(kept.subarray(from, low), n);
    n += low - from;
    from = low;
    merged[n++] = a;
  }
  merged.set(kept.subarray(from), n);
  return merged;
}

/** The cache with its recency positions, and a scratch array (the base's, when it has room: searches leave it zeroed). */
function withDerived(cache: Omit<FacetCache, 'recency' | 'scratch'>, baseScratch?: Uint8Array): FacetCache {
  const recency = new Int32Array(cache.size);
  const { newestFirst } = cache;
  for (let i = 0; i < newestFirst.length; i++) recency[newestFirst[i]!] = i;
  const scratch = (baseScratch && growInPlace(baseScratch, cache.size)) ?? allocateWithRoom(Uint8Array, cache.size, roomFor(cache.size));
  return { ...cache, recency, scratch };
}

/**
 * Whether `cache` already holds `row` (undefined: no row) at `rowid`: a reader's previous version
 * holds the pending rows of earlier commits, which need not be applied again.
 */
export function holdsRow(cache: FacetCache, rowid: number, row: FacetRow | undefined): boolean {
  if (rowid >= cache.size || cache.alive[rowid] !== 1) return !row;
  if (!row || cache.wordCounts[rowid] !== Math.min(65_535, row.wordCount) || cache.dateKeys[rowid] !== dateKey(row.date)) return false;
  return cache.dimensions.every(({ column }, k) => {
    const listIndex = LIST_INDEX[k]!;
    const values = listIndex === -1 ? [row.date.slice(0, 7)] : row.lists[listIndex]!;
    const start = column.offsets[rowid]!;
    if (column.offsets[rowid + 1]! - start !== values.length) return false;
    return values.every((value, i) => column.values[column.members[start + i]!] === value);
  });
}

/**
 * Rows of `paragraph_facets` (all, or those `where` selects), by rowid. One string for the whole
 * selection: better-sqlite3 costs ~1 µs per returned row.
 */
export function readFacetRows(db: Database.Database, where = ''): Map<number, FacetRow> {
  const listColumns = FACET_COLUMNS.map((c) => ` || char(9) || replace(${c}, char(10), char(11))`).join('');
  const dump = db
    .prepare(`SELECT group_concat(rowid || char(9) || date || char(9) || word_count${listColumns}, char(10)) FROM paragraph_facets ${where}`)
    .pluck()
    .get() as string | null;
  const rows = new Map<number, FacetRow>();
  for (const line of dump ? dump.split('\n') : []) {
    const [rowid, date = '', wordCount, ...lists] = line.split('\t');
    rows.set(Number(rowid), { date, wordCount: Number(wordCount), lists: lists.map((l) => (l === '' ? [] : l.split('\v'))) });
  }
  return rows;
}

/** Builds the cache from every row of `paragraph_facets` (~0.3 s per 100k paragraphs). */
export function loadFacetCache(db: Database.Database): FacetCache {
  const rows = readFacetRows(db);
  return applyFacetChanges(null, changesOf(Int32Array.from(rows.keys()).sort(), rows));
}

/** Drops values no paragraph holds any more (an incremental update leaves them behind). */
function compactColumn(column: FacetColumn): FacetColumn {
  if (column.postings.every((p) => p.length > 0)) return column;
  const remap = new Uint32Array(column.values.length);
  const values: string[] = [];
  const postings: Int32Array[] = [];
  column.postings.forEach((p, id) => {
    if (p.length === 0) return;
    remap[id] = values.length;
    values.push(column.values[id]!);
    postings.push(p);
  });
  const members = column.members.map((id) => remap[id]!);
  return { values, ids: new Map(values.map((v, i) => [v, i])), offsets: column.offsets, members, postings };
}

/** The cache as one BLOB (see `unpackFacetCache`). */
export function packFacetCache(cache: FacetCache): Buffer {
  const arrays: Record<string, PackedArray> = {
    alive: cache.alive,
    wordCounts: cache.wordCounts,
    dateKeys: cache.dateKeys,
    newestFirst: cache.newestFirst,
  };
  const dimensions = cache.dimensions.map(({ name, column }, k) => {
    const { values, offsets, members, postings } = compactColumn(column);
    const postingOffsets = new Uint32Array(postings.length + 1);
    postings.forEach((p, id) => (postingOffsets[id + 1] = postingOffsets[id]! + p.length));
    const postingRows = new Int32Array(postingOffsets[postings.length]!);
    postings.forEach((p, id) => postingRows.set(p, postingOffsets[id]!));
    Object.assign(arrays, { [`${k}.offsets`]: offsets, [`${k}.members`]: members, [`${k}.postingOffsets`]: postingOffsets, [`${k}.postingRows`]: postingRows });
    return { name, values };
  });
  // Room after the arrays a new row extends, so that a reader applies the next commits in place.
  const growing = /^(alive|wordCounts|dateKeys|\d+\.offsets|\d+\.members)$/;
  return packArrays(arrays, { size: cache.size, dimensions }, (name, length) => (growing.test(name) ? roomFor(length) : 0));
}

export class FacetCacheFormatError extends Error {
  override name = 'FacetCacheFormatError';
}

/** The cache of a BLOB `packFacetCache` wrote; its arrays are views on the BLOB. */
export function unpackFacetCache(packed: Uint8Array): FacetCache {
  const { arrays, extra } = unpackArrays(packed);
  const { size, dimensions } = extra as { size: number; dimensions: { name: string; values: string[] }[] };
  if (dimensions.length !== FACETS.length || dimensions.some((d, k) => d.name !== FACETS[k]!.name)) {
    throw new FacetCacheFormatError('the stored facets do not match the facet registry');
  }
  const postingsOf = (offsets: Uint32Array, rows: Int32Array) =>
    Array.from({ length: offsets.length - 1 }, (_, id) => rows.subarray(offsets[id]!, offsets[id + 1]!));
  const newestFirst = arrays.newestFirst as Int32Array;
  return withDerived({
    size,
    liveCount: newestFirst.length,
    alive: arrays.alive as Uint8Array,
    wordCounts: arrays.wordCounts as Uint16Array,
    dateKeys: arrays.dateKeys as Uint32Array,
    newestFirst,
    dimensions: FACETS.map((f, k) => {
      const { values } = dimensions[k]!;
      return {
        name: f.name,
        kind: f.kind,
        column: {
          values,
          ids: new Map(values.map((v, i) => [v, i])),
          offsets: arrays[`${k}.offsets`] as Uint32Array,
          members: arrays[`${k}.members`] as Uint32Array,
          postings: postingsOf(arrays[`${k}.postingOffsets`] as Uint32Array, arrays[`${k}.postingRows`] as Int32Array),
        },
      };
    }),
  });
}

import type Database from 'better-sqlite3';

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
 * Every paragraph's facets in typed arrays indexed by rowid, loaded once per index version:
 * filtering and counting a match set is then a loop over integers, with no SQL.
 */
export interface FacetCache {
  size: number;
  liveCount: number;
  alive: Uint8Array;
  /** Month id (`YYYY-MM`) of every paragraph. */
  month: Int32Array;
  months: string[];
  monthPostings: Int32Array[];
  persons: FacetColumn;
  countries: FacetColumn;
  /** Every live rowid, newest first (date desc, then insertion order). */
  newestFirst: Int32Array;
  /** Position of each rowid in `newestFirst`: sorting by it orders by recency. */
  recency: Int32Array;
  /** A zeroed per-rowid flag array that a search may use and must leave zeroed. */
  scratch: Uint8Array;
}

function intern(values: string[], ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = values.length;
    values.push(value);
    ids.set(value, id);
  }
  return id;
}

function buildPostings(valueCount: number, size: number, valuesOf: (rowid: number, visit: (id: number) => void) => void) {
  const lengths = new Int32Array(valueCount);
  for (let r = 0; r < size; r++) valuesOf(r, (id) => lengths[id]!++);
  const postings = Array.from(lengths, (n) => new Int32Array(n));
  const fill = new Int32Array(valueCount);
  for (let r = 0; r < size; r++) valuesOf(r, (id) => (postings[id]![fill[id]!++] = r));
  return postings;
}

function buildColumn(lists: (string[] | undefined)[], size: number): FacetColumn {
  const values: string[] = [];
  const ids = new Map<string, number>();
  const offsets = new Uint32Array(size + 1);
  let total = 0;
  for (let r = 0; r < size; r++) total += lists[r]?.length ?? 0;
  const members = new Uint32Array(total);
  let cursor = 0;
  for (let r = 0; r < size; r++) {
    offsets[r] = cursor;
    for (const value of lists[r] ?? []) members[cursor++] = intern(values, ids, value);
  }
  offsets[size] = cursor;
  const postings = buildPostings(values.length, size, (r, visit) => {
    for (let j = offsets[r]!; j < offsets[r + 1]!; j++) visit(members[j]!);
  });
  return { values, ids, offsets, members, postings };
}

/** `YYYY-MM-DD` → YYYYMMDD as a number (missing parts count as 0), for sorting. */
function dateKey(date: string): number {
  const digits = date.replace(/\D/g, '').slice(0, 8).padEnd(8, '0');
  return Number(digits) || 0;
}

/** Reads every paragraph's date and facets (~0.3 s per 100k paragraphs). */
export function loadFacetCache(db: Database.Database): FacetCache {
  const maxRowid = (db.prepare('SELECT coalesce(max(rowid), 0) FROM paragraph_facets').pluck().get() as number) ?? 0;
  const size = maxRowid + 1;
  const alive = new Uint8Array(size);
  const month = new Int32Array(size).fill(-1);
  const months: string[] = [];
  const monthIds = new Map<string, number>();
  const personLists: (string[] | undefined)[] = new Array(size);
  const countryLists: (string[] | undefined)[] = new Array(size);
  // Sort keys: date descending, then rowid (insertion order) ascending, packed in one float.
  const keys = new Float64Array(size);
  let liveCount = 0;
  const dateKeys = new Map<string, number>();
  // One string for the whole table: better-sqlite3 costs ~1 µs per returned row.
  const dump = db
    .prepare(`SELECT group_concat(rowid || char(9) || date || char(9) || replace(persons, char(10), char(11))
                || char(9) || replace(countries, char(10), char(11)), char(10)) FROM paragraph_facets`)
    .pluck()
    .get() as string | null;
  for (const line of dump ? dump.split('\n') : []) {
    const [rowidText, date = '', persons = '', countries = ''] = line.split('\t');
    const rowid = Number(rowidText);
    alive[rowid] = 1;
    month[rowid] = intern(months, monthIds, date.slice(0, 7));
    if (persons !== '') personLists[rowid] = persons.split('\v');
    if (countries !== '') countryLists[rowid] = countries.split('\v');
    let key = dateKeys.get(date);
    if (key === undefined) dateKeys.set(date, (key = dateKey(date)));
    keys[liveCount++] = -(key * size + (size - 1 - rowid));
  }
  const sorted = keys.subarray(0, liveCount).sort();
  const newestFirst = new Int32Array(liveCount);
  const recency = new Int32Array(size);
  for (let i = 0; i < liveCount; i++) {
    const rowid = size - 1 - (-sorted[i]! % size);
    newestFirst[i] = rowid;
    recency[rowid] = i;
  }
  return {
    size,
    liveCount,
    alive,
    month,
    months,
    monthPostings: buildPostings(months.length, size, (r, visit) => {
      if (alive[r] === 1) visit(month[r]!);
    }),
    persons: buildColumn(personLists, size),
    countries: buildColumn(countryLists, size),
    newestFirst,
    recency,
    scratch: new Uint8Array(size),
  };
}

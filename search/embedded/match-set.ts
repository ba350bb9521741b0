import type Database from 'better-sqlite3';
import { IndexChangedError } from '../errors';
import type { MatchQuery, MatchSummary, SearchFilters, StreamedHit } from '../types';
import type { Connection } from './connection';
import type { FacetCache } from './facet-cache';
import { countWithin } from './facet-count';
import { toParagraph, type ParagraphRow } from './records';
import { orderedMatches, type SearchContext } from './searcher';

/** Paragraphs read per snapshot while streaming: memory holds one batch, not the export. */
export const STREAM_BATCH = 500;

const articleOrdinalsMemo = new WeakMap<FacetCache, Int32Array>();

/**
 * Each rowid's article as a small integer, loaded once per index version (the facet cache is
 * per version): counting the articles of a match set is then a pass over integers.
 */
function articleOrdinals(db: Database.Database, cache: FacetCache): Int32Array {
  let ordinals = articleOrdinalsMemo.get(cache);
  if (!ordinals) {
    ordinals = new Int32Array(cache.size).fill(-1);
    const ids = new Map<string, number>();
    for (const [rowid, article] of db.prepare('SELECT rowid, article FROM paragraphs').raw().iterate() as Iterable<[number, string]>) {
      if (rowid >= cache.size) continue;
      let id = ids.get(article);
      if (id === undefined) ids.set(article, (id = ids.size));
      ordinals[rowid] = id;
    }
    articleOrdinalsMemo.set(cache, ordinals);
  }
  return ordinals;
}

function countArticles(ordinals: Int32Array, rowids: Int32Array): number {
  const seen = new Set<number>();
  for (const r of rowids) seen.add(ordinals[r]!);
  return seen.size;
}

/**
 * The rows of an empty query filtered on values facets only (an entity page), straight from the
 * per-value rowid lists instead of a pass over the whole index; null for any other query.
 */
function browseByValues(cache: FacetCache, query: MatchQuery): Int32Array | null {
  if (query.q.trim() !== '' || query.from || query.to || query.filters.allOf) return null;
  const active = cache.dimensions.filter((d) => query.filters[d.name].length > 0);
  if (active.length === 0 || active.some((d) => d.kind === 'period')) return null;
  const lists = active.map((d) =>
    (query.filters as SearchFilters)[d.name].flatMap((value) => {
      const id = d.column.ids.get(value);
      return id === undefined ? [] : [d.column.postings[id]!];
    }),
  );
  const marks = new Uint8Array(cache.size);
  lists.forEach((facetLists, k) => {
    for (const list of facetLists) for (const r of list) marks[r]! |= 1 << k;
  });
  const all = (1 << active.length) - 1;
  const size = (facetLists: Int32Array[]) => facetLists.reduce((n, l) => n + l.length, 0);
  const smallest = lists.reduce((a, b) => (size(a) <= size(b) ? a : b));
  const rows: number[] = [];
  for (const list of smallest) {
    for (const r of list) {
      if (marks[r] !== all || cache.alive[r] !== 1) continue;
      marks[r] = 0;
      rows.push(r);
    }
  }
  return Int32Array.from(rows);
}

/** Dates of the oldest and newest rows (by the recency order), read from their paragraphs. */
function dateSpan(context: SearchContext, cache: FacetCache, rowids: Int32Array): Pick<MatchSummary, 'firstDate' | 'lastDate'> {
  if (rowids.length === 0) return { firstDate: null, lastDate: null };
  let oldest = rowids[0]!;
  let newest = rowids[0]!;
  for (const r of rowids) {
    if (cache.recency[r]! > cache.recency[oldest]!) oldest = r;
    if (cache.recency[r]! < cache.recency[newest]!) newest = r;
  }
  const dateOf = (r: number) => (context.statements.paragraph.get(r) as ParagraphRow).date;
  return { firstDate: dateOf(oldest), lastDate: dateOf(newest) };
}

export function summarize(connection: Connection, query: MatchQuery): MatchSummary {
  return connection.readSnapshot((context) => {
    const cache = context.facets();
    const rowids = browseByValues(cache, query) ?? orderedMatches(context, query);
    const ordinals = context.deadline.excluding(() => articleOrdinals(connection.db, cache));
    return {
      paragraphs: rowids.length,
      articles: countArticles(ordinals, rowids),
      facets: countWithin(cache, rowids),
      ...dateSpan(context, cache, rowids),
    };
  }).value;
}

/** Every matching rowid in the query's order, the version they belong to and the row statement. */
export function takeMatches(connection: Connection, query: MatchQuery) {
  const { value, version } = connection.readSnapshot((context) => ({
    rowids: orderedMatches(context, query),
    statement: context.statements.paragraph,
  }));
  return { ...value, version };
}

/** The hits of one batch of rowids, read in one snapshot of the version they were taken from. */
export function readHits(connection: Connection, version: number, rowids: Int32Array, statement: Database.Statement): StreamedHit[] {
  const hits = connection.atVersion(version, () => {
    const batch: StreamedHit[] = [];
    for (const rowid of rowids) {
      const row = statement.get(rowid) as ParagraphRow | undefined;
      if (row) batch.push({ ...toParagraph(row), title: row.article_title, source: row.article_source });
    }
    return batch;
  });
  if (!hits) throw new IndexChangedError('the index changed while its hits were being read: run the request again');
  return hits;
}

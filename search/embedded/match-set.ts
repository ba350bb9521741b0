import type Database from 'better-sqlite3';
import { IndexChangedError } from '../errors';
import type { MatchSummary, StreamedHit } from '../types';
import type { Connection } from './connection';
import { countWithin } from './facet-count';
import { toParagraph, type ParagraphRow } from './records';

/** Paragraphs read per snapshot while streaming: memory holds one batch, not the export. */
export const STREAM_BATCH = 500;

/** Articles holding these rows: one SQL pass over the rowids handed over as JSON. */
export function countArticles(db: Database.Database, rowids: Int32Array): number {
  if (rowids.length === 0) return 0;
  const statement = db
    .prepare('SELECT count(DISTINCT article) FROM paragraphs WHERE rowid IN (SELECT value FROM json_each(?))')
    .pluck();
  return statement.get(JSON.stringify(Array.from(rowids))) as number;
}

export function summarize(connection: Connection, query: Parameters<Connection['matches']>[0]): MatchSummary {
  const { rowids, version, context } = connection.matches(query);
  const summary = connection.atVersion(version, () => ({
    paragraphs: rowids.length,
    articles: countArticles(connection.db, rowids),
    facets: countWithin(context.facets(), rowids),
  }));
  // The caches were taken in the same call: only a commit landing in between gets here.
  if (!summary) throw new IndexChangedError('the index changed while its hits were being read: run the request again');
  return summary;
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

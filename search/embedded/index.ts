import type { IndexWriter, SearchEngine } from '../engine';
import { EngineUnavailableError, IndexChangedError, IndexMissingError } from '../errors';
import { validateFacetValueSearch, type FacetValueCount, type FacetValueSearch } from '../facet-values';
import type { Article, FormerParagraph, MatchQuery, MatchSummary, Paragraph, SearchQuery, SearchResult, StreamedHit } from '../types';
import { validateMatchQuery, validateQuery } from '../validate-query';
import { connect, type Connection, type SearchTuning } from './connection';
import { EmbeddedEngineError } from './errors';
import { readFormerParagraph } from './former-paragraphs';
import { readHits, STREAM_BATCH, summarize, takeMatches } from './match-set';
import { decodeList, toArticle, toParagraph, type ArticleRow, type ParagraphRow } from './records';
import {
  closeWriter,
  createRebuildDatabase,
  discardRebuild,
  isCorruptionError,
  openDatabase,
  storeIdentity,
  swapInRebuild,
} from './schema';
import { startWriteSession } from './writer';

export type { SearchStageTimes } from './searcher';
export { SEARCH_DEADLINE_MS } from './connection';

/** Where the embedded index lives and whether this process may write it. */
export interface EmbeddedEngineOptions extends SearchTuning {
  /** Directory holding the SQLite index (a writer creates it; a reader needs it to exist). */
  dataDir: string;
  /** A reader (the web app, the CLI) never writes; `beginWrite` then throws. */
  readonly: boolean;
  /**
   * A writer that will replace the whole index (`beginWrite({ replaceAll: true })`): a damaged
   * store does not stop it; it reads as empty and the rebuild replaces it.
   */
  rebuild?: boolean;
  /**
   * Milliseconds a search may take before it is stopped with `QueryTooExpensiveError` (default
   * `SEARCH_DEADLINE_MS`): one costly query must not hold the process other users share.
   */
  searchDeadlineMs?: number;
}

function isSqliteError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'SqliteError';
}

/**
 * Opens the embedded engine: SQLite FTS5 (better-sqlite3) in `dataDir`, French folding,
 * stemming and typo tolerance layered on, facets counted in memory.
 */
export async function openEmbeddedEngine(options: EmbeddedEngineOptions): Promise<SearchEngine> {
  const { dataDir, readonly } = options;
  const open = (justRebuilt = false): Connection | null => {
    // A reader takes the identity first: a file swapped in meanwhile is then reopened, not missed.
    const before = storeIdentity(dataDir);
    const db = openDatabase(dataDir, readonly, { rebuild: options.rebuild, justRebuilt });
    return db && connect(db, readonly ? before : storeIdentity(dataDir), options);
  };
  const release = (connection: Connection) => {
    if (connection.db.inTransaction) connection.db.exec('ROLLBACK');
    if (readonly) connection.db.close();
    else closeWriter(connection.db);
  };
  // Null only for a writer over a damaged store it is about to rebuild.
  let live = open();
  let writing = false;
  let closed = false;

  /**
   * The connection to the store as it is now: a store replaced since (a rebuild, `rm -rf data`
   * and a new run) is reopened, so a long-running reader never serves a deleted index.
   */
  const current = (): Connection => {
    if (closed) throw new EmbeddedEngineError('the engine is closed');
    if (live && !writing) {
      const identity = storeIdentity(dataDir);
      if (identity === null) throw new IndexMissingError(`no index in ${dataDir} any more: run \`npm run index\``);
      if (identity !== live.identity) {
        release(live);
        live = null;
        live = open();
      }
    }
    if (!live) throw new EngineUnavailableError(`the index in ${dataDir} is damaged and being rebuilt`);
    return live;
  };
  /** SQLite failing under a valid call means the store cannot serve now; anything else is a bug. */
  const reading = <T>(work: (connection: Connection) => T): T => {
    const connection = current();
    try {
      return work(connection);
    } catch (error) {
      if (!isSqliteError(error)) throw error;
      const damaged = isCorruptionError(error) ? ' (damaged: rebuild it with `npm run index -- --full`)' : '';
      throw new EngineUnavailableError(`the index cannot be read${damaged}: ${error.message}`, { cause: error });
    }
  };

  const rebuildSession = (): IndexWriter => {
    const db = createRebuildDatabase(dataDir);
    return startWriteSession(db, {
      replaceAll: true,
      previous: live?.db ?? null,
      onFinish: (committed) => {
        writing = false;
        db.close();
        if (!committed) return discardRebuild(dataDir);
        if (live) release(live);
        live = null;
        swapInRebuild(dataDir);
        live = open(true);
      },
    });
  };

  return {
    async getArticleFingerprints(): Promise<Map<string, string>> {
      if (!live && !closed) return new Map();
      return reading((c) => new Map(c.statements.fingerprints.all() as [string, string][]));
    },

    async beginWrite({ replaceAll }): Promise<IndexWriter> {
      if (closed) throw new EmbeddedEngineError('the engine is closed');
      if (readonly) throw new EmbeddedEngineError('this engine was opened read-only');
      if (writing) throw new EmbeddedEngineError('a write session is already open');
      if (!replaceAll && !live) throw new EmbeddedEngineError('a damaged index can only be rebuilt whole');
      writing = true;
      try {
        if (replaceAll) return rebuildSession();
        const connection = live!;
        return startWriteSession(connection.db, {
          replaceAll: false,
          previous: connection.db,
          onFinish: () => {
            writing = false;
            connection.invalidate();
          },
        });
      } catch (error) {
        writing = false;
        throw error;
      }
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      const valid = validateQuery(query);
      return reading((c) => c.search(valid));
    },

    async searchFacetValues(request: FacetValueSearch): Promise<FacetValueCount[]> {
      const valid = validateFacetValueSearch(request);
      return reading((c) => c.searchFacetValues(valid));
    },

    async getParagraph(id: string): Promise<Paragraph | null> {
      if (!live && !closed) return null;
      return reading((c) => {
        const row = c.statements.paragraph.get(id) as ParagraphRow | undefined;
        return row ? toParagraph(row) : null;
      });
    },

    async getArticle(id: string): Promise<Article | null> {
      if (!live && !closed) return null;
      return reading((c) => {
        const row = c.statements.article.get(id) as ArticleRow | undefined;
        if (!row) return null;
        const paragraphs = (c.statements.articleParagraphs.all(id) as ParagraphRow[]).map(toParagraph);
        return toArticle(row, paragraphs);
      });
    },

    async resolveFormerParagraph(id: string): Promise<FormerParagraph | null> {
      if (!live && !closed) return null;
      return reading((c) => readFormerParagraph(c.statements.formerParagraph, id));
    },

    async summarizeMatches(query: MatchQuery): Promise<MatchSummary> {
      const valid = validateMatchQuery(query);
      return reading((c) => summarize(c, valid));
    },

    async *streamHits(query: MatchQuery): AsyncIterable<StreamedHit> {
      const valid = validateMatchQuery(query);
      // Only the rowids (4 bytes a hit) are held; paragraphs are read a batch at a time.
      const { connection, rowids, version, statement } = reading((c) => ({ connection: c, ...takeMatches(c, valid) }));
      for (let start = 0; start < rowids.length; start += STREAM_BATCH) {
        if (current() !== connection) throw new IndexChangedError('the index was replaced while its hits were being read');
        const batch = reading((c) => readHits(c, version, rowids.subarray(start, start + STREAM_BATCH), statement));
        yield* batch;
      }
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (live) release(live);
      live = null;
    },

    async getArticlePersonSpellings(): Promise<Map<string, string[]>> {
      if (!live && !closed) return new Map();
      const rows = (c: Connection) => c.statements.personSpellings.all() as [string, string][];
      return reading((c) => new Map(rows(c).map(([id, stored]) => [id, decodeList(stored)])));
    },
  };
}

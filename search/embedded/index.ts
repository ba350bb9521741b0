import type Database from 'better-sqlite3';
import type { IndexWriter, SearchEngine } from '../engine';
import { EngineUnavailableError } from '../errors';
import type { Article, Paragraph, SearchQuery, SearchResult } from '../types';
import { validateQuery } from '../validate-query';
import { EmbeddedEngineError } from './errors';
import { loadFacetCache, type FacetCache } from './facet-cache';
import { PARAGRAPH_SELECT, toArticle, toParagraph, type ArticleRow, type ParagraphRow } from './records';
import { openDatabase } from './schema';
import { prepareSearchStatements, runSearch, type SearchStageTimes } from './searcher';
import { MatchCache } from './match-cache';
import { loadVocabulary, type Vocabulary } from './vocabulary';
import { startWriteSession } from './writer';

export type { SearchStageTimes } from './searcher';

/** Where the embedded index lives and whether this process may write it. */
export interface EmbeddedEngineOptions {
  /** Directory holding the SQLite index (a writer creates it; a reader needs it to exist). */
  dataDir: string;
  /** A reader (the web app, the CLI) never writes; `beginWrite` then throws. */
  readonly: boolean;
  /** Called after each search with the time spent per stage (for benchmarks). */
  onStageTimes?: (times: SearchStageTimes) => void;
}

/**
 * Caches derived from one version of the index. `PRAGMA data_version` changes when another
 * connection commits, so a reader picks up the indexer's commit at its next query.
 */
function createVersionedCaches(db: Database.Database) {
  let version = -1;
  let facets: FacetCache | null = null;
  let vocabulary: Vocabulary | null = null;
  let matches: MatchCache | null = null;
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const checkVersion = () => {
    const current = dataVersion.get() as number;
    if (current !== version) {
      version = current;
      facets = null;
      vocabulary = null;
      matches = null;
    }
  };
  return {
    checkVersion,
    invalidate() {
      version = -1;
    },
    facets: () => (facets ??= loadFacetCache(db)),
    vocabulary: () => (vocabulary ??= loadVocabulary(db)),
    matches: () => (matches ??= new MatchCache()),
  };
}

function isSqliteError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'SqliteError';
}

/**
 * Opens the embedded engine: SQLite FTS5 (better-sqlite3) in `dataDir`, French folding,
 * stemming and typo tolerance layered on, facets counted in memory.
 */
export async function openEmbeddedEngine(options: EmbeddedEngineOptions): Promise<SearchEngine> {
  const db = openDatabase(options.dataDir, options.readonly);
  const caches = createVersionedCaches(db);
  const statements = {
    paragraph: db.prepare(`${PARAGRAPH_SELECT} WHERE p.id = ?`),
    article: db.prepare('SELECT id, title, date, source, source_url FROM articles WHERE id = ?'),
    articleParagraphs: db.prepare(`${PARAGRAPH_SELECT} WHERE p.article = ? ORDER BY p.position`),
    fingerprints: db.prepare('SELECT id, fingerprint FROM articles').raw(),
  };
  const searchStatements = prepareSearchStatements(db);
  // One read transaction per search: every statement sees the same snapshot, and SQLite takes
  // the WAL read lock once instead of once per statement.
  const searchInSnapshot = db.transaction((query: SearchQuery) => {
    caches.checkVersion();
    return runSearch(
      {
        statements: searchStatements,
        facets: caches.facets,
        vocabulary: caches.vocabulary,
        matches: caches.matches,
        onStageTimes: options.onStageTimes,
      },
      query,
    );
  });
  let writing = false;
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new EmbeddedEngineError('the engine is closed');
  };

  return {
    async getArticleFingerprints(): Promise<Map<string, string>> {
      assertOpen();
      return new Map(statements.fingerprints.all() as [string, string][]);
    },

    async beginWrite({ replaceAll }): Promise<IndexWriter> {
      assertOpen();
      if (options.readonly) throw new EmbeddedEngineError('this engine was opened read-only');
      if (writing) throw new EmbeddedEngineError('a write session is already open');
      writing = true;
      try {
        return startWriteSession(db, {
          replaceAll,
          onFinish: () => {
            writing = false;
            caches.invalidate();
          },
        });
      } catch (error) {
        writing = false;
        throw error;
      }
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      assertOpen();
      const valid = validateQuery(query);
      try {
        return searchInSnapshot(valid);
      } catch (error) {
        // SQLite failing under a valid query (locked past the busy timeout, corrupt file, I/O)
        // means the store cannot serve now; anything else is a bug and stays what it is.
        if (isSqliteError(error)) {
          throw new EngineUnavailableError(`the index cannot be read: ${error.message}`, { cause: error });
        }
        throw error;
      }
    },

    async getParagraph(id: string): Promise<Paragraph | null> {
      assertOpen();
      const row = statements.paragraph.get(id) as ParagraphRow | undefined;
      return row ? toParagraph(row) : null;
    },

    async getArticle(id: string): Promise<Article | null> {
      assertOpen();
      const row = statements.article.get(id) as ArticleRow | undefined;
      if (!row) return null;
      const paragraphs = (statements.articleParagraphs.all(id) as ParagraphRow[]).map(toParagraph);
      return toArticle(row, paragraphs);
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}

import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EMBEDDED_STORE_FILE } from '../engine-health';
import { EngineUnavailableError, IndexMissingError, SearchEngineError } from '../errors';
import { FACET_COLUMNS } from './records';

/** The store's file name inside the data directory. */
export const DATABASE_FILE = EMBEDDED_STORE_FILE;
/** Where a full rebuild writes before it is renamed over the store (a killed rebuild leaves it behind). */
export const REBUILD_FILE = `${DATABASE_FILE}.rebuild`;
const SIDE_FILES = ['-wal', '-shm', '-journal'];
// 3: article metadata in `articles` only, value facets in registry-named columns. The columns are
// part of the version, so a store written before a facet was added (or removed) is rebuilt by the
// next indexer run instead of failing on a missing column. 4: `stems` holds the light stemmer's
// forms (plurals and feminines only). 5: `articles.person_spellings`. 6: `paragraph_facets.word_count`,
// the ranking's length prior. 7: `former_paragraphs`, where links to edited paragraphs lead.
// 8: `packed` (the facet arrays and typo vocabulary, stored at commit) and their pending changes.
const SCHEMA_VERSION = `8:${FACET_COLUMNS.join(',')}`;

// `words` holds folded words, `stems` their French stems at the same positions, so a hyphenated
// word is a phrase in either column. Contentless: the text lives in `paragraphs`. The facets sit
// in a narrow table of their own (with the article's date copied in, the period facet's source, and
// the paragraph's word count, which orders a match level too large to score with BM25):
// a full rebuild of the arrays reads a few MB, not every text (see packed-store.ts for what a reader
// loads). `former_paragraphs` maps a paragraph id an
// edit made disappear to the closest paragraph of its article's current version (null: none).
const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  source TEXT,
  source_url TEXT,
  person_spellings TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS paragraphs (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article TEXT NOT NULL,
  position INTEGER NOT NULL,
  section TEXT,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS paragraphs_by_article ON paragraphs (article, position);
CREATE TABLE IF NOT EXISTS paragraph_facets (
  rowid INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  word_count INTEGER NOT NULL${FACET_COLUMNS.map((c) => `,\n  ${c} TEXT NOT NULL`).join('')}
);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_terms USING fts5 (
  words, stems,
  content = '', contentless_delete = 1,
  prefix = '2 3',
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS vocabulary (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS former_paragraphs (
  id TEXT PRIMARY KEY,
  article TEXT NOT NULL,
  paragraph TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS former_paragraphs_by_article ON former_paragraphs (article);
CREATE TABLE IF NOT EXISTS packed (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS facet_pending (rowid INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS vocabulary_pending (term TEXT PRIMARY KEY) WITHOUT ROWID;
`;

function applyPragmas(db: Database.Database, readonly: boolean): void {
  db.pragma('busy_timeout = 5000');
  // A writer works in WAL mode, so readers keep the previous index during a session; `closeWriter`
  // puts the store back in rollback-journal mode when it can, which a reader on a read-only
  // directory opens (WAL needs a `-shm` file beside the store, even to read).
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A full rebuild is one transaction, so the WAL grows to the index size; cut it back afterwards.
    db.pragma('journal_size_limit = 33554432');
  }
  // 8 MB: measured as fast as 32 MB on 100k paragraphs (the OS caches the file), 20 MB less resident.
  db.pragma('cache_size = -8000');
  db.pragma('temp_store = MEMORY');
}

function createSchema(file: string): void {
  const db = new Database(file);
  try {
    db.exec(DDL);
    db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
  } finally {
    db.close();
  }
}

const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** Whether SQLite failed because the file is damaged (not locked, not missing). */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && [...CORRUPTION_CODES].some((c) => code.startsWith(c));
}

/** The store's schema version, undefined when it has none, or the corruption SQLite found. */
function readSchemaVersion(file: string): { version: unknown } | { corruption: string } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return { version: db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() };
  } catch (error) {
    if (isCorruptionError(error)) return { corruption: (error as Error).message };
    return { version: undefined };
  } finally {
    db.close();
  }
}

/**
 * SQLite's own cost-bounded check: every page and record once, no index cross-check (about 2 s
 * for 100k paragraphs). The writer runs it, so a damaged store fails the run instead of being
 * built upon; readers rely on SQLite's errors, which make the app reopen the store.
 */
function quickCheck(db: Database.Database): string | null {
  try {
    const problems = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
    const lines = problems.map((row) => row.quick_check);
    return lines.length === 1 && lines[0] === 'ok' ? null : lines.join('; ');
  } catch (error) {
    if (isCorruptionError(error)) return (error as Error).message;
    throw error;
  }
}

function removeStore(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${file}${suffix}`, { force: true });
}

/** A store that fails SQLite's integrity check: only a full rebuild can repair it. */
export class CorruptStoreError extends EngineUnavailableError {
  override name = 'CorruptStoreError';
}

function corruptStore(file: string, detail: string, cause?: unknown): CorruptStoreError {
  return new CorruptStoreError(
    `the index at ${file} is damaged (${detail}): run \`npm run index -- --full\` to rebuild it`,
    { cause },
  );
}

/**
 * Opens the index database in `dataDir`. A writer creates it when missing, starts afresh over a
 * store of another schema version (the index is derived from the corpus: the indexer then
 * re-indexes every article, as no fingerprint is left) and checks the store's integrity. A reader
 * never creates anything.
 *
 * @throws IndexMissingError for a reader when there is no store, or one of another version.
 * @throws CorruptStoreError for a writer when the store is damaged (see `rebuild`).
 * @throws EngineUnavailableError when SQLite cannot open the store (permissions, corruption).
 */
export function openDatabase(
  dataDir: string,
  readonly: boolean,
  options: {
    /** A writer about to replace the whole index: a damaged store is not an error, and yields null. */
    rebuild?: boolean;
    /**
     * The store is the rebuild this process has just committed, synced and swapped in: its
     * integrity check would read every page again for nothing (20 s of a 500k-paragraph build, load 10).
     */
    justRebuilt?: boolean;
  } = {},
): Database.Database | null {
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    if (readonly) {
      if (!existsSync(file)) throw new IndexMissingError(`no index at ${file}: run \`npm run index\` first`);
    } else {
      mkdirSync(dataDir, { recursive: true });
      removeStore(path.join(dataDir, REBUILD_FILE));
      const existing = existsSync(file) ? readSchemaVersion(file) : null;
      if (existing && 'corruption' in existing) {
        if (options.rebuild) return null;
        throw corruptStore(file, existing.corruption);
      }
      if (existing && existing.version !== SCHEMA_VERSION) removeStore(file);
      createSchema(file);
    }
    const db = new Database(file, { readonly, fileMustExist: true });
    applyPragmas(db, readonly);
    const version = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get();
    if (version !== SCHEMA_VERSION) {
      db.close();
      throw new IndexMissingError(
        `the index at ${file} was written by another version (schema ${String(version)}, this one reads ${SCHEMA_VERSION}): run \`npm run index -- --full\``,
      );
    }
    const corruption = readonly || options.justRebuilt ? null : quickCheck(db);
    if (corruption !== null) {
      db.close();
      if (options.rebuild) return null;
      throw corruptStore(file, corruption);
    }
    return db;
  } catch (error) {
    if (error instanceof SearchEngineError) throw error;
    if (!readonly && isCorruptionError(error)) {
      if (options.rebuild) return null;
      throw corruptStore(file, (error as Error).message, error);
    }
    throw new EngineUnavailableError(`cannot open the index in ${dataDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Ends a writer's connection leaving the store readable on a read-only directory: the WAL is
 * checkpointed into the file and the store put back in rollback-journal mode. That switch needs
 * every other connection closed; while the web app reads the store it stays in WAL mode (the app's
 * directory is writable then), and the next writer alone switches it.
 */
export function closeWriter(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } catch {
    // Busy readers: the store stays in WAL mode, which they can read.
  }
  db.close();
}

/** The fresh database a full rebuild writes into, beside the store. */
export function createRebuildDatabase(dataDir: string): Database.Database {
  const file = path.join(dataDir, REBUILD_FILE);
  removeStore(file);
  createSchema(file);
  const db = new Database(file, { fileMustExist: true });
  // Nobody reads this file before it is swapped in: a rollback journal is enough, and leaves it in
  // the mode a read-only reader opens.
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  // 64 MB, for this connection alone: a rebuild's B-trees (random paragraph ids, FTS5 segments
  // being merged) outgrow the readers' 8 MB, and the pages it keeps are written once at the commit.
  db.pragma('cache_size = -64000');
  db.pragma('temp_store = MEMORY');
  return db;
}

/** Removes an aborted rebuild, so a failed run on a full disk gives the space back. */
export function discardRebuild(dataDir: string): void {
  removeStore(path.join(dataDir, REBUILD_FILE));
}

function fsyncPath(target: string): void {
  const fd = openSync(target, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a committed rebuild in place of the store with one rename, so a reader sees either the old
 * index or the new one. Call after closing the store's own connection. The old store's WAL and
 * shared-memory files go first: SQLite would pair them with the new file (readers still on the old
 * file keep their open handles and serve the old index until they reopen).
 */
export function swapInRebuild(dataDir: string): void {
  const file = path.join(dataDir, DATABASE_FILE);
  const next = path.join(dataDir, REBUILD_FILE);
  fsyncPath(next);
  for (const suffix of SIDE_FILES) rmSync(`${file}${suffix}`, { force: true });
  renameSync(next, file);
  fsyncPath(dataDir);
}

/** Device and inode of the store file, or null when there is none: a rebuild changes them. */
export function storeIdentity(dataDir: string): string | null {
  const stats = statSync(path.join(dataDir, DATABASE_FILE), { throwIfNoEntry: false });
  return stats ? `${stats.dev}:${stats.ino}` : null;
}

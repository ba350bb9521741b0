import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EMBEDDED_STORE_FILE } from '../engine-health';
import { EngineUnavailableError, IndexMissingError, SearchEngineError } from '../errors';
import { FACET_COLUMNS } from './records';

/** The store's file name inside the data directory. */
export const DATABASE_FILE = EMBEDDED_STORE_FILE;
// 3: article metadata in `articles` only, value facets in registry-named columns. The columns are
// part of the version, so a store written before a facet was added (or removed) is rebuilt by the
// next indexer run instead of failing on a missing column.
const SCHEMA_VERSION = `3:${FACET_COLUMNS.join(',')}`;

// `words` holds folded words, `stems` their French stems at the same positions, so a hyphenated
// word is a phrase in either column. Contentless: the text lives in `paragraphs`. The facets sit
// in a narrow table of their own (with the article's date copied in, the period facet's source):
// loading them at open reads a few MB, not every text.
const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  source TEXT,
  source_url TEXT
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
  date TEXT NOT NULL${FACET_COLUMNS.map((c) => `,\n  ${c} TEXT NOT NULL`).join('')}
);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_terms USING fts5 (
  words, stems,
  content = '', contentless_delete = 1,
  prefix = '2 3',
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS vocabulary (term TEXT PRIMARY KEY) WITHOUT ROWID;
`;

function applyPragmas(db: Database.Database, readonly: boolean): void {
  db.pragma('busy_timeout = 5000');
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
    db.pragma('journal_mode = WAL');
    db.exec(DDL);
    db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
  } finally {
    db.close();
  }
}

function readSchemaVersion(file: string): unknown {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get();
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

function removeStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Opens the index database in `dataDir`. A writer creates it when missing and starts afresh over
 * a store of another schema version (the index is derived from the corpus: the indexer then
 * re-indexes every article, as no fingerprint is left). A reader never creates anything.
 *
 * @throws IndexMissingError for a reader when there is no store, or one of another version.
 * @throws EngineUnavailableError when SQLite cannot open the store (permissions, corruption).
 */
export function openDatabase(dataDir: string, readonly: boolean): Database.Database {
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    if (readonly) {
      if (!existsSync(file)) throw new IndexMissingError(`no index at ${file}: run \`npm run index\` first`);
    } else {
      mkdirSync(dataDir, { recursive: true });
      if (existsSync(file) && readSchemaVersion(file) !== SCHEMA_VERSION) removeStore(file);
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
    return db;
  } catch (error) {
    if (error instanceof SearchEngineError) throw error;
    throw new EngineUnavailableError(`cannot open the index in ${dataDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

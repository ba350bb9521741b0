import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EmbeddedEngineError } from './errors';

export const DATABASE_FILE = 'paragraphe.sqlite';
const SCHEMA_VERSION = '2';

// `words` holds folded words, `stems` their French stems at the same positions, so a hyphenated
// word is a phrase in either column. Contentless: the text lives in `paragraphs`.
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
  text TEXT NOT NULL,
  date TEXT NOT NULL,
  persons TEXT NOT NULL,
  countries TEXT NOT NULL,
  title TEXT NOT NULL,
  source TEXT,
  source_url TEXT
);
CREATE INDEX IF NOT EXISTS paragraphs_by_article ON paragraphs (article, position);
-- The facets again, in a narrow table: loading them at open reads a few MB, not every text.
CREATE TABLE IF NOT EXISTS paragraph_facets (
  rowid INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  persons TEXT NOT NULL,
  countries TEXT NOT NULL
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

/**
 * Opens (creating if needed) the index database in `dataDir`. A read-only open of a missing index
 * creates an empty one first, so a reader started before the first indexing run serves nothing
 * instead of failing.
 */
export function openDatabase(dataDir: string, readonly: boolean): Database.Database {
  const file = path.join(dataDir, DATABASE_FILE);
  try {
    mkdirSync(dataDir, { recursive: true });
    if (!readonly || !existsSync(file)) createSchema(file);
    const db = new Database(file, { readonly, fileMustExist: true });
    applyPragmas(db, readonly);
    const version = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get();
    if (version !== SCHEMA_VERSION) {
      db.close();
      throw new EmbeddedEngineError(
        `index ${file} has schema ${String(version)}, this version reads ${SCHEMA_VERSION}: delete ${dataDir} and index again`,
      );
    }
    return db;
  } catch (error) {
    if (error instanceof EmbeddedEngineError) throw error;
    throw new EmbeddedEngineError(`cannot open the index in ${dataDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

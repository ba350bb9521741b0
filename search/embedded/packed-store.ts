import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { applyFacetChanges, changesOf, holdsRow, packFacetCache, readFacetRows, unpackFacetCache, type FacetCache, type FacetRow } from './facet-cache';
import { FacetRowLog } from './facet-row-log';
import { packWords, restoreWords, storeWords, toVocabulary, type PackedWords, type Vocabulary } from './vocabulary';

/*
 * What a search needs beyond FTS5 (the facet arrays, the typo vocabulary) is stored by the writer
 * in the same transaction as the rows, as packed BLOBs in `packed`, so a reader opens them in
 * milliseconds. A small commit does not rewrite them: it lists the paragraphs it changed in
 * `facet_pending` and the words it added in `vocabulary_pending`, and readers apply those on top
 * (a copy of the arrays, a few ms at 500k paragraphs). Once the pending lists grow past the limits
 * below, the commit folds them into the BLOBs.
 */

/** Changed paragraphs past which a commit rewrites the facet BLOB. */
export const FACET_PENDING_LIMIT = 2_000;
/** Added words past which a commit rewrites the vocabulary BLOB. */
export const VOCABULARY_PENDING_LIMIT = 2_000;

const FACETS_KEY = 'facets';
const VOCABULARY_KEY = 'vocabulary';

function readPacked(db: Database.Database, name: string): Buffer | undefined {
  return db.prepare('SELECT data FROM packed WHERE name = ?').pluck().get(name) as Buffer | undefined;
}

/** Changes whenever the BLOB is rewritten: a reader holding the BLOB of this version need not read it again. */
function packedVersion(db: Database.Database, name: string): string | undefined {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(`packed:${name}`) as string | undefined;
}

function writePacked(db: Database.Database, name: string, data: Buffer): void {
  db.prepare('INSERT OR REPLACE INTO packed (name, data) VALUES (?, ?)').run(name, data);
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(`packed:${name}`, randomUUID());
}

/** The stored version each cache a reader built starts from. */
const facetsBase = new WeakMap<FacetCache, string>();
const vocabularyBase = new WeakMap<Vocabulary, { version: string; words: PackedWords }>();

/** A cache `applyFacetChanges` may consume without changing `cache` (it adds values to its dictionaries). */
function forUpdate(cache: FacetCache): FacetCache {
  return {
    ...cache,
    dimensions: cache.dimensions.map((d) => ({ ...d, column: { ...d.column, values: d.column.values.slice(), ids: new Map(d.column.ids) } })),
  };
}

function pendingRowids(db: Database.Database): Int32Array {
  const list = db.prepare('SELECT group_concat(rowid) FROM (SELECT rowid FROM facet_pending ORDER BY rowid)').pluck().get() as string | null;
  return list ? Int32Array.from(list.split(','), Number) : new Int32Array(0);
}

/**
 * The facet arrays of the current version: the stored ones with the pending changes applied. When
 * `previous` (the reader's cache of an earlier version) started from the same stored BLOB, the
 * pending changes are applied to it instead, so a small commit costs a reader no BLOB read.
 */
export function readFacetCache(db: Database.Database, previous?: FacetCache | null): FacetCache {
  const version = packedVersion(db, FACETS_KEY) ?? '';
  const reusable = previous && facetsBase.get(previous) === version;
  const base = reusable ? forUpdate(previous) : unpackStored(db);
  const pending = pendingRowids(db);
  const rows = pending.length === 0 ? new Map<number, FacetRow>() : readFacetRows(db, 'WHERE rowid IN (SELECT rowid FROM facet_pending)');
  // The previous version holds the earlier commits' pending rows: applying only the others keeps a
  // commit that appends rows an append (done in place, see `applyFacetChanges`).
  const changed = reusable ? pending.filter((r) => !holdsRow(previous, r, rows.get(r))) : pending;
  const cache = base && changed.length === 0 ? base : applyFacetChanges(base, changesOf(changed, rows));
  facetsBase.set(cache, version);
  return cache;
}

function unpackStored(db: Database.Database): FacetCache | null {
  const stored = readPacked(db, FACETS_KEY);
  return stored ? unpackFacetCache(stored) : null;
}

/** The typo vocabulary of the current version: the stored words (reused from `previous` when unchanged) and those added since. */
export function readVocabulary(db: Database.Database, previous?: Vocabulary | null): Vocabulary {
  const version = packedVersion(db, VOCABULARY_KEY) ?? '';
  const known = previous ? vocabularyBase.get(previous) : undefined;
  let words = known?.version === version ? known.words : null;
  if (!words) {
    const stored = readPacked(db, VOCABULARY_KEY);
    words = stored ? restoreWords(stored) : packWords([]);
  }
  const pending = db.prepare('SELECT term FROM vocabulary_pending').pluck().all() as string[];
  const vocabulary = toVocabulary([words, ...(pending.length > 0 ? [packWords(pending)] : [])]);
  vocabularyBase.set(vocabulary, { version, words });
  return vocabulary;
}

/**
 * Adds FTS5's own list of the words column's terms made of ASCII letters and digits to the
 * `vocabulary` table: those are exactly the folded words of that form (FTS5 keeps them as they
 * are), read in one pass over the index instead of one lookup per word written. The writer adds
 * the other words (Greek, a final sigma FTS5 folds otherwise…) itself.
 */
function addIndexedWords(db: Database.Database): void {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed_terms USING fts5vocab(main, 'paragraph_terms', 'col');
    INSERT OR IGNORE INTO vocabulary (term)
      SELECT term FROM temp.indexed_terms WHERE col = 'words' AND term NOT GLOB '*[^a-z0-9]*';`);
}

/** The writer's side: what it records while writing, and the BLOBs it stores at the commit. */
export interface PackedStoreWriter {
  /** A paragraph written, with its facets. */
  rowWritten(rowid: number, row: FacetRow): void;
  /** A paragraph deleted. */
  rowDeleted(rowid: number): void;
  /** A word new to the `vocabulary` table. */
  wordAdded(word: string): void;
  /** Before the commit: stores the BLOBs of the new version (all of them when `full`). */
  flush(): void;
}

/**
 * A session that rewrites the whole index (`full`) keeps its rows in memory and packs them at the
 * end (reading them back from SQLite would cost more than the packing); an incremental one lists
 * what it changed, and folds the lists into the BLOBs once they are long.
 */
export function preparePackedStoreWriter(db: Database.Database, full: boolean): PackedStoreWriter {
  const markRow = db.prepare('INSERT OR IGNORE INTO facet_pending (rowid) VALUES (?)');
  const markWord = db.prepare('INSERT OR IGNORE INTO vocabulary_pending (term) VALUES (?)');
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const log = full ? new FacetRowLog() : null;
  return {
    rowWritten(rowid, row) {
      if (log) log.write(rowid, row);
      else markRow.run(rowid);
    },
    rowDeleted(rowid) {
      if (log) log.delete(rowid);
      else markRow.run(rowid);
    },
    wordAdded(word) {
      if (!full) markWord.run(word);
    },
    flush() {
      if (log || count('facet_pending') > FACET_PENDING_LIMIT) {
        const cache = log ? applyFacetChanges(null, log.changes()) : readFacetCache(db);
        writePacked(db, FACETS_KEY, packFacetCache(cache));
        db.exec('DELETE FROM facet_pending');
      }
      if (full) addIndexedWords(db);
      if (full || count('vocabulary_pending') > VOCABULARY_PENDING_LIMIT) {
        writePacked(db, VOCABULARY_KEY, storeWords(packWords(db.prepare('SELECT term FROM vocabulary').pluck().all() as string[])));
        db.exec('DELETE FROM vocabulary_pending');
      }
    },
  };
}

import type Database from 'better-sqlite3';
import { stem, tokenize } from '../french/index';
import type { IndexWriter } from '../engine';
import { VALUE_FACETS } from '../facets';
import type { IndexedArticle, ParagraphInput } from '../types';
import { EmbeddedEngineError } from './errors';
import { prepareRedirectWriter, prepareVersionReader } from './former-paragraphs';
import { preparePackedStoreWriter } from './packed-store';
import { encodeList, FACET_COLUMNS } from './records';

const CONTROL_CHARS = /\p{Cc}+/gu;

function cleanFacetValues(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.replace(CONTROL_CHARS, ' ').trim()).filter((v) => v !== ''))].sort();
}

/** The words and stems columns of one paragraph, its word count, and its words for the vocabulary. */
function toTermColumns(text: string): { words: string; stems: string; count: number; list: string[] } {
  const list = tokenize(text).map((t) => t.norm);
  return { words: list.join(' '), stems: list.map(stem).join(' '), count: list.length, list };
}

/**
 * FTS5's pending terms, in memory until it writes them as a segment (1 MB by default). A rebuild
 * writes a few large segments instead of hundreds it must then merge level by level: a quarter of
 * FTS5's time at 100k paragraphs. The setting is stored with the index; a small commit never fills it.
 */
const REBUILD_HASH_BYTES = 32 * 2 ** 20;

/** A paragraph whose folded words are not all ASCII letters and digits (see `addIndexedWords`). */
const NOT_ASCII_WORDS = /[^a-z0-9 ]/;

/** A failed write, in words an operator acts on: a full disk says so. */
function toWriteError(error: unknown): EmbeddedEngineError {
  if (error instanceof EmbeddedEngineError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_FULL') {
    return new EmbeddedEngineError('disk full while writing the index; the previous index is intact', { cause: error });
  }
  return new EmbeddedEngineError(`write failed, session aborted: ${(error as Error).message}`, { cause: error });
}

/**
 * Truncates the WAL once a session is over: a rebuild's WAL grows to the size of the index, and a
 * failed one would otherwise keep a full disk full. Readers in the middle of a search make it
 * give up (busy), not wait: the next session's end tries again.
 */
function shrinkWal(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Not in WAL mode, or the disk is too full even to checkpoint: the WAL is cut at the next try.
  }
}

/**
 * A write session: one SQLite transaction from `beginWrite` to `commit`, so readers (other
 * connections, WAL mode) keep the previous index until the commit and a killed writer leaves it
 * untouched.
 */
export function startWriteSession(
  db: Database.Database,
  options: {
    replaceAll: boolean;
    onFinish: (committed: boolean) => void;
    /**
     * The store holding the articles' previous versions, whose edited paragraphs get redirects:
     * `db` itself, or for a rebuild the store it replaces (null when there is none to read).
     */
    previous: Database.Database | null;
  },
): IndexWriter {
  const statements = {
    paragraphRowids: db.prepare('SELECT rowid FROM paragraphs WHERE article = ?').pluck(),
    paragraphRowidById: db.prepare('SELECT rowid FROM paragraphs WHERE id = ?').pluck(),
    deleteTerms: db.prepare('DELETE FROM paragraph_terms WHERE rowid = ?'),
    deleteParagraph: db.prepare('DELETE FROM paragraphs WHERE rowid = ?'),
    deleteFacets: db.prepare('DELETE FROM paragraph_facets WHERE rowid = ?'),
    insertFacets: db.prepare(
      `INSERT INTO paragraph_facets (rowid, date, word_count, ${FACET_COLUMNS.join(', ')})
       VALUES (?, ?, ?${', ?'.repeat(FACET_COLUMNS.length)})`,
    ),
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    insertArticle: db.prepare(
      'INSERT OR REPLACE INTO articles (id, fingerprint, title, date, source, source_url, person_spellings) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertParagraph: db.prepare('INSERT INTO paragraphs (id, article, position, section, text) VALUES (?, ?, ?, ?, ?)'),
    insertTerms: db.prepare('INSERT INTO paragraph_terms (rowid, words, stems) VALUES (?, ?, ?)'),
    insertWord: db.prepare('INSERT OR IGNORE INTO vocabulary (term) VALUES (?)'),
  };
  const readPrevious = options.previous ? prepareVersionReader(options.previous) : null;
  const redirects = prepareRedirectWriter(db);
  const packed = preparePackedStoreWriter(db, options.replaceAll);
  const knownWords = new Set<string>();
  let open = true;

  const removeParagraph = (rowid: number) => {
    statements.deleteTerms.run(rowid);
    statements.deleteParagraph.run(rowid);
    statements.deleteFacets.run(rowid);
    packed.rowDeleted(rowid);
  };
  const removeArticle = (id: string) => {
    for (const rowid of statements.paragraphRowids.all(id) as number[]) removeParagraph(rowid);
    statements.deleteArticle.run(id);
    redirects.remove(id);
  };
  const insertParagraphRow = (p: ParagraphInput, article: string) =>
    statements.insertParagraph.run(p.id, article, p.position, p.section, p.text);
  const insertParagraph = (p: ParagraphInput, article: string, date: string) => {
    const values = VALUE_FACETS.map((f) => cleanFacetValues(p.facets[f.name]));
    const facetLists = values.map(encodeList);
    let inserted;
    try {
      inserted = insertParagraphRow(p, article);
    } catch (error) {
      // The id belonged to another article's paragraph: the newest write wins.
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      removeParagraph(statements.paragraphRowidById.get(p.id) as number);
      inserted = insertParagraphRow(p, article);
    }
    const { lastInsertRowid } = inserted;
    const columns = toTermColumns(p.text);
    statements.insertFacets.run(lastInsertRowid, date, columns.count, ...facetLists);
    statements.insertTerms.run(lastInsertRowid, columns.words, columns.stems);
    packed.rowWritten(Number(lastInsertRowid), { date, wordCount: columns.count, lists: values });
    // A full rebuild takes its ASCII words from FTS5 at the commit (`addIndexedWords`): looking
    // every word up here cost a sixth of the build.
    if (options.replaceAll && !NOT_ASCII_WORDS.test(columns.words)) return;
    for (const word of columns.list) {
      if (knownWords.has(word)) continue;
      knownWords.add(word);
      if (statements.insertWord.run(word).changes > 0) packed.wordAdded(word);
    }
  };
  // No savepoint per article: FTS5 flushes its pending terms at every savepoint, which cost
  // half the build time. A write that fails midway aborts the whole session instead.
  const guarded = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (open) finish('ROLLBACK');
      throw toWriteError(error);
    }
  };
  // After `replaceAll` the tables start empty: only an article put twice needs removing.
  const putInSession = new Set<string>();
  const putArticle = (article: IndexedArticle) => {
    const previous = readPrevious?.(article.id, new Set(article.paragraphs.map((p) => p.id))) ?? null;
    if (!options.replaceAll || putInSession.has(article.id)) removeArticle(article.id);
    redirects.replace(article.id, previous, article.paragraphs);
    putInSession.add(article.id);
    const { meta } = article;
    const spellings = encodeList(article.personSpellings ?? []);
    statements.insertArticle.run(article.id, article.fingerprint, meta.title, meta.date, meta.source, meta.sourceUrl, spellings);
    for (const paragraph of article.paragraphs) insertParagraph(paragraph, article.id, meta.date);
  };
  const assertOpen = () => {
    if (!open) throw new EmbeddedEngineError('this write session is already committed or aborted');
  };
  const finish = (sql: 'COMMIT' | 'ROLLBACK') => {
    open = false;
    let committed = false;
    try {
      // SQLite rolls some failures back itself (a full disk during a statement): a ROLLBACK then
      // would fail with "no transaction is active" and hide the cause.
      if (db.inTransaction) db.exec(sql);
      committed = sql === 'COMMIT';
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw toWriteError(error);
    } finally {
      shrinkWal(db);
      options.onFinish(committed);
    }
  };

  db.exec('BEGIN IMMEDIATE');
  try {
    if (options.replaceAll) {
      db.exec(`DELETE FROM paragraphs; DELETE FROM paragraph_facets; DELETE FROM articles; DELETE FROM vocabulary;
        DELETE FROM former_paragraphs; DELETE FROM packed; DELETE FROM facet_pending; DELETE FROM vocabulary_pending;
        INSERT INTO paragraph_terms (paragraph_terms) VALUES ('delete-all');
        INSERT INTO paragraph_terms (paragraph_terms, rank) VALUES ('hashsize', ${REBUILD_HASH_BYTES});`);
    }
  } catch (error) {
    finish('ROLLBACK');
    throw error;
  }

  return {
    async putArticle(article: IndexedArticle) {
      assertOpen();
      guarded(() => putArticle(article));
    },
    async deleteArticle(id: string) {
      assertOpen();
      guarded(() => removeArticle(id));
    },
    async commit() {
      assertOpen();
      if (!db.inTransaction) {
        finish('ROLLBACK');
        throw new EmbeddedEngineError('the write session was rolled back by SQLite; the previous index is intact');
      }
      guarded(() => packed.flush());
      finish('COMMIT');
    },
    async abort() {
      if (!open) return;
      finish('ROLLBACK');
    },
  };
}

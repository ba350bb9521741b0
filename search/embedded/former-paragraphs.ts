import type Database from 'better-sqlite3';
import { carryRedirects, type PreviousVersion, type RelocatedText } from '../relocation';
import type { FormerParagraph } from '../types';

/**
 * Reads an article's previous version from `db` (the store itself, or the one a rebuild
 * replaces): only the texts of paragraphs the new version no longer holds, since a rebuild puts
 * back mostly unchanged articles and reading every text again would double its reads.
 */
export function prepareVersionReader(db: Database.Database): (article: string, next: ReadonlySet<string>) => PreviousVersion {
  const ids = db.prepare('SELECT id FROM paragraphs WHERE article = ?').pluck();
  const text = db.prepare('SELECT text FROM paragraphs WHERE id = ?').pluck();
  const redirects = db.prepare('SELECT id, paragraph FROM former_paragraphs WHERE article = ?').raw();
  return (article, next) => ({
    paragraphs: (ids.all(article) as string[])
      .filter((id) => !next.has(id))
      .map((id) => ({ id, text: text.get(id) as string })),
    redirects: new Map(redirects.all(article) as [string, string | null][]),
  });
}

/** Keeps an article's redirects in step with its versions, inside the write session's transaction. */
export function prepareRedirectWriter(db: Database.Database) {
  const remove = db.prepare('DELETE FROM former_paragraphs WHERE article = ?');
  const insert = db.prepare('INSERT OR REPLACE INTO former_paragraphs (id, article, paragraph) VALUES (?, ?, ?)');
  return {
    /** After `article` was replaced by `next`: its previous version's ids lead to their closest paragraphs. */
    replace(article: string, previous: PreviousVersion | null, next: readonly RelocatedText[]): void {
      remove.run(article);
      if (!previous) return;
      for (const [id, target] of carryRedirects(previous.paragraphs, previous.redirects, next)) {
        insert.run(id, article, target);
      }
    },
    remove(article: string): void {
      remove.run(article);
    },
  };
}

/** Where a former paragraph id leads now, or null when the store never recorded it. */
export function readFormerParagraph(statement: Database.Statement, id: string): FormerParagraph | null {
  const row = statement.get(id) as { article: string; paragraph: string | null } | undefined;
  return row ? { article: row.article, paragraphId: row.paragraph } : null;
}

import { createHash } from 'node:crypto';
import { foldText, type FoldOptions } from '../../search/index';
import { InvalidArticleIdError } from '../errors';
import { escapeUnsafeChars } from '../terminal-text';

const ARTICLE_ID_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;
/** Hex digits of the text hash kept in a paragraph id. */
const PARAGRAPH_HASH_LENGTH = 10;

/** The article id is the file name stem; it ends up in URLs, so it is restricted. */
export function checkArticleId(stem: string, file: string): string {
  if (!ARTICLE_ID_PATTERN.test(stem)) {
    throw new InvalidArticleIdError(
      file,
      `invalid article id "${escapeUnsafeChars(stem)}": the file name (without extension) must be 1-200 characters among A-Z a-z 0-9 _ -`,
    );
  }
  return stem;
}

/**
 * The form of a paragraph's text that its id is computed from: case, apostrophe style, quote style
 * and spacing changes keep the id; accents are kept.
 */
const ID_FOLD: FoldOptions = { keepAccents: true, unifyPunctuation: true };

/**
 * Paragraph ids: `${article}-${first 10 hex digits of SHA-256(normalised text)}`; the n-th
 * paragraph (n ≥ 2) of the same article with the same hash gets `-${n}` appended, in order of
 * position. An id depends only on the article id and the paragraph's own text (and, for
 * duplicates, on the earlier identical paragraphs), so it survives re-indexing, edits to other
 * paragraphs, reordering and changes to other articles.
 */
export function assignParagraphIds(articleId: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const hash = createHash('sha256').update(foldText(text, ID_FOLD)).digest('hex').slice(0, PARAGRAPH_HASH_LENGTH);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return count === 1 ? `${articleId}-${hash}` : `${articleId}-${hash}-${count}`;
  });
}

import 'server-only';
import type { Article, Paragraph } from '../../search/index';
import { findArticle, findFormerParagraph, findParagraph } from './engine';
import { toPageFailure } from './search-failure';

const PARAGRAPH_ID_RE = /^[A-Za-z0-9_-]{1,300}$/;
// `<article>-<10 hex digits of the text's hash>[-<n>]` (README, "Paragraph ids").
const ARTICLE_OF_PARAGRAPH_RE = /^(.+)-[0-9a-f]{10}(?:-\d+)?$/;

/** The article a paragraph id belongs to, read from the id itself; null for another shape. */
export function articleIdOfParagraph(id: string): string | null {
  return ARTICLE_OF_PARAGRAPH_RE.exec(id)?.[1] ?? null;
}
const MAX_ARTICLE_ID_LENGTH = 300;

export type Loaded<T> =
  | { kind: 'found'; value: T }
  | { kind: 'missing' }
  | { kind: 'unavailable'; message: string };

/** A refused id is a page that does not exist; an engine down or not built, a French message. */
async function load<T>(read: () => Promise<T | null>): Promise<Loaded<T>> {
  try {
    const value = await read();
    return value ? { kind: 'found', value } : { kind: 'missing' };
  } catch (error) {
    const failure = toPageFailure(error);
    return failure.status === 400 ? { kind: 'missing' } : { kind: 'unavailable', message: failure.message };
  }
}

export function loadArticle(id: string): Promise<Loaded<Article>> {
  if (id === '' || id.length > MAX_ARTICLE_ID_LENGTH) return Promise.resolve({ kind: 'missing' });
  return load(() => findArticle(id));
}

/** The article of an edited paragraph, and the id of its paragraph closest to the old text, if any. */
export interface EditedParagraph {
  article: Article;
  closestId: string | null;
}

/**
 * A paragraph id that is gone (its text was edited since the link was shared) whose article is
 * still there: the article, for the page to open with a notice, and where the engine recorded
 * the old paragraph leads (an id never recorded still opens its article, read from the id).
 */
export async function loadArticleOfEditedParagraph(id: string): Promise<Loaded<EditedParagraph>> {
  if (!PARAGRAPH_ID_RE.test(id)) return { kind: 'missing' };
  const former = await load(() => findFormerParagraph(id));
  if (former.kind === 'unavailable') return former;
  const articleId = former.kind === 'found' ? former.value.article : articleIdOfParagraph(id);
  if (articleId === null) return { kind: 'missing' };
  const article = await loadArticle(articleId);
  if (article.kind !== 'found') return article;
  const closest = former.kind === 'found' ? former.value.paragraphId : null;
  const closestId = article.value.paragraphs.some((p) => p.id === closest) ? closest : null;
  return { kind: 'found', value: { article: article.value, closestId } };
}

/** The paragraph and its article, or missing when either is unknown. */
export async function loadParagraphInArticle(
  id: string,
): Promise<Loaded<{ paragraph: Paragraph; article: Article }>> {
  if (!PARAGRAPH_ID_RE.test(id)) return { kind: 'missing' };
  const paragraph = await load(() => findParagraph(id));
  if (paragraph.kind !== 'found') return paragraph;
  const article = await loadArticle(paragraph.value.article);
  if (article.kind !== 'found') return article;
  return { kind: 'found', value: { paragraph: paragraph.value, article: article.value } };
}

import 'server-only';
import type { Article, Paragraph } from '../../search/index';
import { findArticle, findParagraph } from './engine';
import { toPageFailure } from './search-failure';

const PARAGRAPH_ID_RE = /^[A-Za-z0-9_-]{1,300}$/;
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

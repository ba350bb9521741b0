import type { Article, IndexedArticle } from '../../search/index';

/** An article read back from the index, as the writer takes it again. */
export function toIndexedArticle(article: Article, fingerprint: string, personSpellings: readonly string[]): IndexedArticle {
  const paragraphs = article.paragraphs.map(({ article: _article, date: _date, ...input }) => input);
  return { id: article.id, fingerprint, meta: article.meta, paragraphs, personSpellings: [...personSpellings] };
}

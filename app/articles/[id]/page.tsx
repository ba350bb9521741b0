import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlePath } from '../../../search/index';
import { ArticleUnavailable } from '../../components/article-unavailable';
import { ArticleView } from '../../components/article-view';
import { loadArticle } from '../../lib/article-page';
import { isLongArticle, pageWindow } from '../../lib/article-window';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await loadArticle((await params).id);
  return {
    title: loaded.kind === 'found' ? loaded.value.meta.title : loaded.kind === 'missing' ? 'Article introuvable' : 'Article indisponible',
  };
}

/** The whole article; a long one a page of paragraphs at a time, from `?depuis=N`. */
export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const { depuis } = await searchParams;
  const loaded = await loadArticle(id);
  if (loaded.kind === 'missing') notFound();
  if (loaded.kind === 'unavailable') return <ArticleUnavailable message={loaded.message} retryHref={articlePath(id)} />;
  const { paragraphs } = loaded.value;
  const from = typeof depuis === 'string' ? depuis : undefined;
  return <ArticleView article={loaded.value} part={isLongArticle(paragraphs) ? pageWindow(paragraphs.length, from) : undefined} />;
}

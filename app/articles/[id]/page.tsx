import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articlePath } from '../../../search/index';
import { ArticleUnavailable } from '../../components/article-unavailable';
import { ArticleView } from '../../components/article-view';
import { loadArticle } from '../../lib/article-page';

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await loadArticle((await params).id);
  return {
    title: loaded.kind === 'found' ? loaded.value.meta.title : loaded.kind === 'missing' ? 'Article introuvable' : 'Article indisponible',
  };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { id } = await params;
  const loaded = await loadArticle(id);
  if (loaded.kind === 'missing') notFound();
  if (loaded.kind === 'unavailable') return <ArticleUnavailable message={loaded.message} retryHref={articlePath(id)} />;
  return <ArticleView article={loaded.value} />;
}

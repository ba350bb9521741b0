import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LIMITS, paragraphPath } from '../../../search/index';
import { ArticleUnavailable } from '../../components/article-unavailable';
import { ArticleView } from '../../components/article-view';
import { loadParagraphInArticle } from '../../lib/article-page';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await loadParagraphInArticle((await params).id);
  if (loaded.kind !== 'found') return { title: 'Paragraphe' };
  return { title: `§ ${loaded.value.paragraph.position} — ${loaded.value.article.meta.title}` };
}

/** Deep link: the article, with this paragraph scrolled into view, marked, and `?q=` highlighted. */
export default async function ParagraphPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const rawQ = (await searchParams).q;
  const q = typeof rawQ === 'string' ? rawQ.slice(0, LIMITS.queryLength).trim() : '';
  const loaded = await loadParagraphInArticle(id);
  if (loaded.kind === 'missing') notFound();
  if (loaded.kind === 'unavailable') return <ArticleUnavailable message={loaded.message} retryHref={paragraphPath(id)} />;
  return <ArticleView article={loaded.value.article} focusId={loaded.value.paragraph.id} q={q} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FACETS, LIMITS, paragraphPath } from '../../../search/index';
import { ArticleUnavailable } from '../../components/article-unavailable';
import { ArticleView } from '../../components/article-view';
import { loadParagraphInArticle } from '../../lib/article-page';
import { cropText } from '../../lib/format';
import { readSearchState, toQueryString, toUrlSearchParams } from '../../lib/url-state';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PREVIEW_LENGTH = 200;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await loadParagraphInArticle((await params).id);
  if (loaded.kind !== 'found') return { title: loaded.kind === 'missing' ? 'Paragraphe introuvable' : 'Paragraphe indisponible' };
  const { paragraph, article } = loaded.value;
  const title = `§\u00a0${paragraph.position} — ${article.meta.title}`;
  // A shared link previews the paragraph itself, not the site's description.
  const description = cropText(paragraph.text, PREVIEW_LENGTH);
  return { title, description, openGraph: { title, description, type: 'article' } };
}

/** Deep link: the article, with this paragraph scrolled into view, marked, and `?q=` highlighted. */
export default async function ParagraphPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const search = readSearchState(toUrlSearchParams(await searchParams), FACETS);
  const q = search.q.slice(0, LIMITS.queryLength).trim();
  const loaded = await loadParagraphInArticle(id);
  if (loaded.kind === 'missing') notFound();
  if (loaded.kind === 'unavailable') return <ArticleUnavailable message={loaded.message} retryHref={paragraphPath(id)} />;
  return (
    <ArticleView
      article={loaded.value.article}
      focusId={loaded.value.paragraph.id}
      q={q}
      backHref={`/${toQueryString(search, FACETS)}`}
    />
  );
}

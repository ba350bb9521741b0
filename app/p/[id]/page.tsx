import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FACETS, LIMITS, paragraphPath } from '../../../search/index';
import { ArticleUnavailable } from '../../components/article-unavailable';
import { ArticleView } from '../../components/article-view';
import { loadArticleOfEditedParagraph, loadParagraphInArticle } from '../../lib/article-page';
import { focusWindow, isLongArticle, pageWindow } from '../../lib/article-window';
import { cropText } from '../../lib/format';
import { readSearchState, toQueryString, toUrlSearchParams } from '../../lib/url-state';

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PREVIEW_LENGTH = 200;
const EDITED_NOTICE = 'Ce paragraphe a été modifié depuis\u00a0; voici l’article.';

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const loaded = await loadParagraphInArticle(id);
  if (loaded.kind === 'missing') {
    const edited = await loadArticleOfEditedParagraph(id);
    return { title: edited.kind === 'found' ? edited.value.meta.title : 'Paragraphe introuvable' };
  }
  if (loaded.kind !== 'found') return { title: 'Paragraphe indisponible' };
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
  if (loaded.kind === 'missing') {
    const edited = await loadArticleOfEditedParagraph(id);
    if (edited.kind !== 'found') notFound();
    const { paragraphs } = edited.value;
    return (
      <ArticleView
        article={edited.value}
        notice={EDITED_NOTICE}
        q={q}
        backHref={`/${toQueryString(search, FACETS)}`}
        part={isLongArticle(paragraphs) ? pageWindow(paragraphs.length, undefined) : undefined}
      />
    );
  }
  if (loaded.kind === 'unavailable') return <ArticleUnavailable message={loaded.message} retryHref={paragraphPath(id)} />;
  const { article, paragraph } = loaded.value;
  const part = isLongArticle(article.paragraphs)
    ? focusWindow(article.paragraphs.length, article.paragraphs.findIndex((p) => p.id === paragraph.id))
    : undefined;
  return (
    <ArticleView
      article={article}
      focusId={paragraph.id}
      q={q}
      backHref={`/${toQueryString(search, FACETS)}`}
      part={part}
    />
  );
}

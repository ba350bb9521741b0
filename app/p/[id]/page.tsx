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
const CLOSEST_NOTICE = 'Ce paragraphe a été modifié depuis\u00a0; voici l’article, ouvert sur le passage le plus proche.';

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const loaded = await loadParagraphInArticle(id);
  if (loaded.kind === 'missing') {
    const edited = await loadArticleOfEditedParagraph(id);
    return { title: edited.kind === 'found' ? edited.value.article.meta.title : 'Paragraphe introuvable' };
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
    if (edited.kind === 'unavailable') return <ArticleUnavailable message={edited.message} retryHref={paragraphPath(id)} />;
    if (edited.kind !== 'found') notFound();
    const { article, closestId } = edited.value;
    const { paragraphs } = article;
    const closestIndex = paragraphs.findIndex((p) => p.id === closestId);
    const long = isLongArticle(paragraphs);
    // Without JavaScript nothing scrolls: the notice's link takes the reader to the passage.
    const notice =
      closestId === null ? (
        EDITED_NOTICE
      ) : (
        <>
          {CLOSEST_NOTICE} <a href={`#${closestId}`}>Aller au passage le plus proche</a>
        </>
      );
    return (
      <ArticleView
        article={article}
        focusId={closestId ?? undefined}
        focusKind="closest"
        notice={notice}
        q={q}
        backHref={`/${toQueryString(search, FACETS)}`}
        part={long ? (closestId === null ? pageWindow(paragraphs.length, undefined) : focusWindow(paragraphs.length, closestIndex)) : undefined}
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

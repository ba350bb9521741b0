import type { ReactNode } from 'react';
import {
  articlePath,
  FACETS,
  highlightParagraph,
  paragraphPath,
  VALUE_FACETS,
  type Article,
  type Paragraph,
} from '../../search/index';
import type { ArticleWindow } from '../lib/article-window';
import { countryName } from '../lib/country-names';
import { facetValueDecoration, facetValueLabel } from '../lib/facet-display';
import { formatDate, quote } from '../lib/format';
import { parseHighlight } from '../lib/highlight';
import { emptyState, toQueryString } from '../lib/url-state';
import { HighlightedText } from './highlighted-text';
import { ScrollToParagraph } from './scroll-to-paragraph';
import { facetsPhrase, ValueChips, type ValueChip } from './value-chips';
import { ENTITY_PAGE_PATHS } from '../lib/entity-paths';

const FOCUS_LABELS = { shared: 'lien partagé', closest: 'le plus proche du paragraphe partagé' } as const;
const FOCUS_FLAGS = { shared: 'Paragraphe cité', closest: 'Passage le plus proche' } as const;

function groupBySection(paragraphs: readonly Paragraph[]): { section: string | null; paragraphs: Paragraph[] }[] {
  const groups: { section: string | null; paragraphs: Paragraph[] }[] = [];
  for (const p of paragraphs) {
    const last = groups.at(-1);
    if (last && last.section === p.section) last.paragraphs.push(p);
    else groups.push({ section: p.section, paragraphs: [p] });
  }
  return groups;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Every value of every values facet cited in the article, each a link to a search on it. */
function articleChips(article: Article): ValueChip[] {
  return VALUE_FACETS.flatMap((facet) => {
    const values = [...new Set(article.paragraphs.flatMap((p) => p.facets[facet.name]))].sort((a, b) =>
      a.localeCompare(b, 'fr'),
    );
    const names = facet.display === 'country' ? Object.fromEntries(values.map((v) => [v, countryName(v)])) : {};
    return values.map((value) => {
      const state = emptyState(FACETS);
      state.filters[facet.name] = [value];
      return {
        key: `${facet.name}-${value}`,
        label: facetValueLabel(facet.display, value, names),
        decoration: facetValueDecoration(facet.display, value),
        href: `/${toQueryString(state, FACETS)}`,
        pageHref: ENTITY_PAGE_PATHS[facet.name](value),
      };
    });
  });
}

/** Where the shown part sits in a long article, and plain links to the parts around it. */
function WindowLinks({ articleId, part, place }: { articleId: string; part: ArticleWindow; place: string }) {
  const href = (from: number) => `${articlePath(articleId)}?depuis=${from}`;
  const count = (n: number) => n.toLocaleString('fr-FR');
  return (
    <nav className="article-window" aria-label={`Parties de l’article, ${place}`}>
      <p>
        Paragraphes {count(part.start + 1)} à {count(part.end)} sur {count(part.total)}
      </p>
      {part.previousFrom !== null ? <a href={href(part.previousFrom)}>← Paragraphes précédents</a> : null}
      {part.previousFrom !== null && part.nextFrom !== null ? ' · ' : null}
      {part.nextFrom !== null ? <a href={href(part.nextFrom)}>Paragraphes suivants →</a> : null}
    </nav>
  );
}

/**
 * An article: title, date, facets, sections, each paragraph with its own link; a long article
 * shows only `part` of its paragraphs, with links to the others.
 */
export function ArticleView({
  article,
  focusId,
  q,
  backHref = '/',
  notice,
  part,
  focusKind = 'shared',
}: {
  article: Article;
  focusId?: string;
  q?: string;
  /** The search page the reader came from, with its query, filters and page. */
  backHref?: string;
  /** Said above the article, as a status (e.g. the shared paragraph has been edited since). */
  notice?: ReactNode;
  part?: ArticleWindow;
  /** `closest`: the focused paragraph stands in for a shared one that was edited since. */
  focusKind?: 'shared' | 'closest';
}) {
  const { meta } = article;
  const paragraphs = part ? article.paragraphs.slice(part.start, part.end) : article.paragraphs;
  return (
    <main id="contenu" className="page narrow">
      <p className="back-link">
        <a href={backHref}>← {q ? `Résultats pour ${quote(q)}` : 'Recherche'}</a>
      </p>
      {notice ? (
        <p className="article-notice" role="status">
          {notice}
        </p>
      ) : null}
      <article className="article" aria-labelledby="article-title">
        <header>
          <h1 id="article-title">{meta.title}</h1>
          <p className="article-meta">
            <time dateTime={meta.date}>{formatDate(meta.date)}</time>
            {meta.source ? <> · {meta.source}</> : null}
            {meta.sourceUrl && isHttpUrl(meta.sourceUrl) ? (
              <>
                {' '}
                · <a href={meta.sourceUrl} rel="noopener noreferrer nofollow">article d’origine</a>
              </>
            ) : null}
          </p>
          <ValueChips
            chips={articleChips(article)}
            label={`${facetsPhrase(VALUE_FACETS.map((f) => f.label))} cités dans l’article`}
          />
        </header>
        {part ? <WindowLinks articleId={article.id} part={part} place="en haut" /> : null}
        {groupBySection(paragraphs).map((group) => (
          <section key={group.paragraphs[0]?.id} className="article-section">
            {group.section ? <h2>{group.section}</h2> : null}
            {group.paragraphs.map((p) => {
              const focused = p.id === focusId;
              return (
                <div
                  key={p.id}
                  id={p.id}
                  className={focused ? 'paragraph focused' : 'paragraph'}
                  tabIndex={focused ? -1 : undefined}
                  aria-label={focused ? `Paragraphe ${p.position}, ${FOCUS_LABELS[focusKind]}` : undefined}
                  role={focused ? 'region' : undefined}
                >
                  {focused ? <p className="paragraph-flag">{FOCUS_FLAGS[focusKind]}</p> : null}
                  <p className="paragraph-text">
                    {focused && q ? <HighlightedText parts={parseHighlight(highlightParagraph(p.text, q))} /> : p.text}
                  </p>
                  <a className="paragraph-link" href={paragraphPath(p.id)} aria-label={`Lien vers le paragraphe ${p.position}`}>
                    §&nbsp;{p.position}
                  </a>
                </div>
              );
            })}
          </section>
        ))}
        {part ? <WindowLinks articleId={article.id} part={part} place="en bas" /> : null}
      </article>
      {focusId ? <ScrollToParagraph id={focusId} /> : null}
    </main>
  );
}

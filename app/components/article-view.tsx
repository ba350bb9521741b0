import type { Article, Paragraph } from '../../search/types';
import { paragraphPath } from '../../search/paths';
import { countryName } from '../lib/country-names';
import { flagEmoji, formatDate } from '../lib/format';
import { createQueryMatcher, highlightText, parseQuery } from '../../search/french/index';
import { parseHighlight } from '../lib/highlight';
import { toQueryString, EMPTY_STATE } from '../lib/url-state';
import { HighlightedText } from './highlighted-text';
import { ScrollToParagraph } from './scroll-to-paragraph';

function groupBySection(paragraphs: readonly Paragraph[]): { section: string | null; paragraphs: Paragraph[] }[] {
  const groups: { section: string | null; paragraphs: Paragraph[] }[] = [];
  for (const p of paragraphs) {
    const last = groups.at(-1);
    if (last && last.section === p.section) last.paragraphs.push(p);
    else groups.push({ section: p.section, paragraphs: [p] });
  }
  return groups;
}

/** The query's words marked in a paragraph, by the same French rules as the search engine. */
function highlightQuery(text: string, q: string) {
  return parseHighlight(highlightText(text, createQueryMatcher(parseQuery(q))));
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A whole article: title, date, facets, sections, each paragraph with its own link. */
export function ArticleView({ article, focusId, q }: { article: Article; focusId?: string; q?: string }) {
  const persons = [...new Set(article.paragraphs.flatMap((p) => p.persons))].sort((a, b) => a.localeCompare(b, 'fr'));
  const countries = [...new Set(article.paragraphs.flatMap((p) => p.countries))].sort();
  const backHref = `/${toQueryString({ ...EMPTY_STATE, q: q ?? '' })}`;
  return (
    <main id="contenu" className="page narrow">
      <p className="back-link">
        <a href={backHref}>← {q ? `Résultats pour « ${q} »` : 'Recherche'}</a>
      </p>
      <article className="article" aria-labelledby="article-title">
        <header>
          <h1 id="article-title">{article.title}</h1>
          <p className="article-meta">
            <time dateTime={article.date}>{formatDate(article.date)}</time>
            {article.source ? <> · {article.source}</> : null}
            {article.sourceUrl && isHttpUrl(article.sourceUrl) ? (
              <>
                {' '}
                · <a href={article.sourceUrl} rel="noopener noreferrer nofollow">article d’origine</a>
              </>
            ) : null}
          </p>
          {persons.length + countries.length > 0 ? (
            <ul className="chips" aria-label="Personnes et pays cités dans l’article">
              {persons.map((p) => (
                <li key={`p-${p}`}>
                  <a className="chip chip-person" href={`/${toQueryString({ ...EMPTY_STATE, persons: [p] })}`}>
                    {p}
                  </a>
                </li>
              ))}
              {countries.map((c) => (
                <li key={`c-${c}`}>
                  <a className="chip chip-country" href={`/${toQueryString({ ...EMPTY_STATE, countries: [c] })}`}>
                    <span aria-hidden="true">{flagEmoji(c)} </span>
                    {countryName(c)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </header>
        {groupBySection(article.paragraphs).map((group) => (
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
                  aria-label={focused ? `Paragraphe ${p.position}, lien partagé` : undefined}
                  role={focused ? 'region' : undefined}
                >
                  {focused ? <p className="paragraph-flag">Paragraphe lié</p> : null}
                  <p className="paragraph-text">
                    {focused && q ? <HighlightedText parts={highlightQuery(p.text, q)} /> : p.text}
                  </p>
                  <a className="paragraph-link" href={paragraphPath(p.id)} aria-label={`Lien vers le paragraphe ${p.position}`}>
                    § {p.position}
                  </a>
                </div>
              );
            })}
          </section>
        ))}
      </article>
      {focusId ? <ScrollToParagraph id={focusId} /> : null}
    </main>
  );
}

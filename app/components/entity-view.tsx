import Link from 'next/link';
import { FACETS, VALUE_FACETS, type FacetName, type ValueFacetName } from '../../search/index';
import type { EntityPageData } from '../lib/entity-page';
import { ENTITY_PAGE_PATHS } from '../lib/entity-paths';
import { facetValueDecoration, facetValueLabel } from '../lib/facet-display';
import { formatCount, formatDate, pluralize, quote } from '../lib/format';
import { parseHighlight } from '../lib/highlight';
import { periodSeries } from '../lib/period-series';
import { emptyState, toQueryString } from '../lib/url-state';
import { HighlightedText } from './highlighted-text';
import { Histogram } from './histogram';

const CO_MENTIONS_SHOWN = 10;
const PERIOD_FACET = FACETS.find((f) => f.kind === 'period')!.name;

/** The search URL for these filters (AND across facets; within one facet, AND when it is in `allOf`). */
function searchHref(filters: Partial<Record<FacetName, string[]>>, allOf: ValueFacetName[] = []): string {
  const state = emptyState(FACETS);
  for (const facet of FACETS) state.filters[facet.name] = filters[facet.name] ?? [];
  state.filters.allOf = allOf;
  return `/${toQueryString(state, FACETS)}`;
}

function CoMentions({ data, facet }: { data: EntityPageData; facet: (typeof VALUE_FACETS)[number] }) {
  const { entity, summary, countryNames } = data;
  const entries = Object.entries(summary.facets[facet.name])
    .filter(([value]) => !(facet.name === entity.facet && value === entity.value))
    .slice(0, CO_MENTIONS_SHOWN);
  const headingId = `avec-${facet.name}`;
  // The paragraphs naming both: AND across facets, the `all` mode within one.
  const combined = (value: string) =>
    facet.name === entity.facet
      ? searchHref({ [facet.name]: [entity.value, value] }, [facet.name])
      : searchHref({ [entity.facet]: [entity.value], [facet.name]: [value] });
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{facet.label}</h3>
      {entries.length === 0 ? <p>Aucun.</p> : null}
      <ul className="entity-list">
        {entries.map(([value, count]) => {
          const label = facetValueLabel(facet.display, value, countryNames);
          const decoration = facetValueDecoration(facet.display, value);
          const href = combined(value);
          return (
            <li key={value}>
              <a href={ENTITY_PAGE_PATHS[facet.name as ValueFacetName](value)}>
                {decoration ? <span aria-hidden="true">{decoration} </span> : null}
                {label}
              </a>
              <a href={href} aria-label={`${pluralize(count, 'paragraphe', 'paragraphes')} avec ${entity.name} et ${label}`}>
                {pluralize(count, 'paragraphe', 'paragraphes')}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function MentionsTable({ data }: { data: EntityPageData }) {
  const months = Object.entries(data.summary.facets[PERIOD_FACET]).filter(([k]) => k.length === 7).sort(([a], [b]) => (a < b ? -1 : 1));
  return (
    <details>
      <summary>Tableau des mentions par mois</summary>
      <table className="mention-table">
        <thead>
          <tr>
            <th scope="col">Mois</th>
            <th scope="col">Paragraphes</th>
          </tr>
        </thead>
        <tbody>
          {months.map(([month, count]) => (
            <tr key={month}>
              <td>
                <a href={searchHref({ [data.entity.facet]: [data.entity.value], [PERIOD_FACET]: [month] })}>{formatDate(month)}</a>
              </td>
              <td>{formatCount(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function MentionPages({ data, pagePath }: { data: EntityPageData; pagePath: string }) {
  const { page, hits_per_page: perPage } = data.mentions;
  const pages = Math.ceil(data.summary.paragraphs / perPage);
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? pagePath : `${pagePath}?page=${n}`);
  return (
    <nav className="pagination" aria-label="Pages des paragraphes">
      <ul>
        {page > 1 ? <li><a href={href(page - 1)}>← Plus récents</a></li> : null}
        <li>
          Page {formatCount(page)} sur {formatCount(pages)}
        </li>
        {page < pages ? <li><a href={href(page + 1)}>Plus anciens →</a></li> : null}
      </ul>
    </nav>
  );
}

/** A person's or a country's page: counts, mentions over time, co-mentions, paragraphs. */
export function EntityView({ data, kicker, decoration, pagePath }: { data: EntityPageData; kicker: string; decoration?: string; pagePath: string }) {
  const { entity, summary, mentions } = data;
  const own = { [entity.facet]: [entity.value] };
  const series = periodSeries(summary.facets[PERIOD_FACET]);
  return (
    <main id="contenu" className="page narrow">
      <p>
        <Link href="/">← Retour à la recherche</Link>
      </p>
      <p className="entity-kicker">{kicker}</p>
      <h1>
        {decoration ? <span aria-hidden="true">{decoration} </span> : null}
        {entity.name}
      </h1>
      <p className="entity-stats" data-testid="entity-stats">
        {pluralize(summary.paragraphs, 'paragraphe', 'paragraphes')} dans {pluralize(summary.articles, 'article', 'articles')} ·
        première mention le <time dateTime={data.first}>{formatDate(data.first)}</time>, dernière le{' '}
        <time dateTime={data.last}>{formatDate(data.last)}</time> · <a href={searchHref(own)}>Chercher dans ces paragraphes</a>
      </p>

      <section aria-labelledby="mentions-temps">
        <h2 id="mentions-temps">Mentions dans le temps</h2>
        <Histogram
          series={series}
          label={`Paragraphes ${series.unit === 'month' ? 'par mois' : 'par année'} citant ${entity.name}`}
          hrefFor={(period) => searchHref({ ...own, [PERIOD_FACET]: [period] })}
        />
        <MentionsTable data={data} />
      </section>

      <section aria-labelledby="cites-avec">
        <h2 id="cites-avec">Cités avec {entity.name}</h2>
        <div className="entity-columns">
          {VALUE_FACETS.map((facet) => (
            <CoMentions key={facet.name} data={data} facet={facet} />
          ))}
        </div>
      </section>

      <section aria-labelledby="paragraphes">
        <h2 id="paragraphes">Les paragraphes, du plus récent au plus ancien</h2>
        <ol className="result-list" start={(mentions.page - 1) * mentions.hits_per_page + 1}>
          {mentions.hits.map((hit) => (
            <li key={hit.id} className="result">
              <article aria-labelledby={`hit-${hit.id}`}>
                <h3 className="result-title" id={`hit-${hit.id}`}>
                  <a href={hit.url}>{hit.title}</a>
                </h3>
                <p className="result-meta">
                  <time dateTime={hit.date}>{formatDate(hit.date)}</time>
                  {hit.source ? <span> · {hit.source}</span> : null}
                  <span> · §&nbsp;{hit.position}</span>
                </p>
                <p className="result-text">
                  <HighlightedText parts={parseHighlight(hit.highlight)} />
                </p>
                <p className="result-actions">
                  <a href={hit.url} aria-label={`Voir le paragraphe ${hit.position} de ${quote(hit.title)} dans l’article`}>
                    Voir le paragraphe dans l’article
                  </a>
                </p>
              </article>
            </li>
          ))}
        </ol>
        <MentionPages data={data} pagePath={pagePath} />
      </section>
    </main>
  );
}

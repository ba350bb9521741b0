import type { ApiHit, SearchResponse } from '../lib/api-types';
import { facetValueDecoration, facetValueLabel } from '../lib/facet-display';
import type { FacetView } from '../lib/facet-view';
import { formatCount, formatDate, quote } from '../lib/format';
import { parseHighlight } from '../lib/highlight';
import { CopyLinkButton } from './copy-link-button';
import { HighlightedText } from './highlighted-text';
import { facetsPhrase, ValueChips } from './value-chips';
import { ENTITY_PAGE_PATHS } from '../lib/entity-paths';

export function ResultItem({
  facets,
  hit,
  query,
  labels,
  continued = false,
  moreInArticle = 0,
}: {
  facets: readonly FacetView[];
  hit: ApiHit;
  /** The search page's query string (`?q=…&person=…`): the article's way back keeps it. */
  query: string;
  labels: SearchResponse['labels'];
  /** The hit before is from the same article: its title is not repeated. */
  continued?: boolean;
  /** Hits right after this one from the same article. */
  moreInArticle?: number;
}) {
  const href = `${hit.url}${query}`;
  const chips = facets.flatMap((facet) =>
    facet.kind === 'values'
      ? hit[facet.name].map((value) => ({
          key: `${facet.name}-${value}`,
          label: facetValueLabel(facet.display, value, labels[facet.name]),
          decoration: facetValueDecoration(facet.display, value),
          href: `/?${new URLSearchParams({ [facet.param]: value }).toString()}`,
          pageHref: ENTITY_PAGE_PATHS[facet.name](value),
        }))
      : [],
  );
  return (
    <li className={continued ? 'result result-continued' : 'result'}>
      <article aria-labelledby={`hit-${hit.id}`}>
        <h3 className="result-title" id={`hit-${hit.id}`}>
          <a href={href}>{continued ? `Même article, §\u00a0${hit.position}` : hit.title}</a>
        </h3>
        <p className="result-meta">
          <time dateTime={hit.date}>{formatDate(hit.date)}</time>
          {hit.source ? <span className="result-source"> · {hit.source}</span> : null}
          {hit.section ? <span className="result-section"> · {hit.section}</span> : null}
          <span className="result-position"> · §&nbsp;{hit.position}</span>
          {moreInArticle > 0 ? (
            <span className="result-group-note">
              {' '}
              · {moreInArticle === 1 ? '1 autre paragraphe' : `${formatCount(moreInArticle)} autres paragraphes`} dans cet article
            </span>
          ) : null}
        </p>
        <p className="result-text">
          <HighlightedText parts={parseHighlight(hit.snippet)} />
        </p>
        <ValueChips
          chips={chips}
          label={`${facetsPhrase(facets.filter((f) => f.kind === 'values').map((f) => f.label))} cités`}
        />
        <p className="result-actions">
          <a href={href}>Voir le paragraphe dans l’article</a>
          <CopyLinkButton path={hit.url} label={`Copier le lien du paragraphe ${hit.position} de ${quote(hit.title)}`} />
        </p>
      </article>
    </li>
  );
}

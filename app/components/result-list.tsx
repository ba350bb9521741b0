import type { Ref } from 'react';
import { relaxationNotice } from '../../search/client';
import type { SearchResponse } from '../lib/api-types';
import type { FacetView } from '../lib/facet-view';
import { formatCount, pluralize, quote } from '../lib/format';
import { followLink as follow } from '../lib/follow-link';
import { clearFilters, countFilters, toQueryString, withPage, type SearchState } from '../lib/url-state';
import { ExportLinks } from './export-links';
import { Pagination } from './pagination';
import { ResultItem } from './result-item';
import { SpellingSuggestion } from './spelling-suggestion';

/** How many hits right after hit `i` belong to the same article (0 unless `i` starts a run). */
function followingInArticle(hits: SearchResponse['hits'], i: number): number {
  const article = hits[i]?.article;
  if (article === undefined || hits[i - 1]?.article === article) return 0;
  let n = 0;
  while (hits[i + 1 + n]?.article === article) n++;
  return n;
}

export function ResultList({
  ref,
  facets,
  data,
  state,
  loading,
  onPage,
  onClear,
  onSuggest,
}: {
  ref?: Ref<HTMLHeadingElement>;
  facets: readonly FacetView[];
  data: SearchResponse;
  state: SearchState;
  loading: boolean;
  onPage: (page: number) => void;
  onClear: () => void;
  /** Runs the search a spelling suggestion proposes. */
  onSuggest: (q: string) => void;
}) {
  const filters = countFilters(state);
  const query = toQueryString(state, facets);
  const first = (data.page - 1) * data.hits_per_page + 1;
  return (
    <>
      <h2 ref={ref} tabIndex={-1} className="results-heading">
        {state.q === '' ? 'Derniers paragraphes' : `Résultats pour ${quote(state.q)}`}
      </h2>
      <p className="results-summary" role="status">
        {pluralize(data.total, 'paragraphe', 'paragraphes')}
        {data.total > 0 && data.hits.length > 0
          ? ` · ${formatCount(first)}–${formatCount(first + data.hits.length - 1)}`
          : ''}{' '}
        · {formatCount(data.took_ms)}&nbsp;ms{loading ? ' · mise à jour…' : ''}
      </p>
      {data.suggestion ? (
        <SpellingSuggestion suggestion={data.suggestion} facets={facets} state={state} onSuggest={onSuggest} />
      ) : null}
      {data.total > 0 ? <ExportLinks facets={facets} state={state} /> : null}
      {data.relaxed ? <p className="relaxed-notice">{relaxationNotice(data.relaxed.effective_query)}.</p> : null}
      {data.hits.length === 0 ? (
        <div className="no-results">
          <p>
            {data.total > 0
              ? 'Cette page n’existe pas.'
              : state.q !== ''
                ? `Aucun paragraphe ne correspond à ${quote(state.q)}${filters > 0 ? ' avec ces filtres' : ''}.`
                : 'Aucun paragraphe ne correspond à ces filtres.'}
          </p>
          {data.total > 0 ? (
            <a href={`/${toQueryString(withPage(state, 1), facets)}`} className="button-secondary" onClick={follow(() => onPage(1))}>
              Revenir à la première page
            </a>
          ) : filters > 0 ? (
            <p>
              Essayez de retirer un filtre, ou{' '}
              <a href={`/${toQueryString(clearFilters(state), facets)}`} onClick={follow(onClear)}>
                effacez tous les filtres
              </a>
              .
            </p>
          ) : (
            <p>Vérifiez l’orthographe ou essayez un autre mot.</p>
          )}
        </div>
      ) : (
        <ol className="result-list" start={first}>
          {data.hits.map((hit, i) => (
            <ResultItem
              key={hit.id}
              facets={facets}
              hit={hit}
              query={query}
              labels={data.labels}
              continued={data.hits[i - 1]?.article === hit.article}
              moreInArticle={followingInArticle(data.hits, i)}
            />
          ))}
        </ol>
      )}
      <Pagination facets={facets} state={state} total={data.total} hitsPerPage={data.hits_per_page} onNavigate={onPage} />
    </>
  );
}

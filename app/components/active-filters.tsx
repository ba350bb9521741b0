import { matchModeOf } from '../../search/client';
import type { FacetName } from '../../search/index';
import type { SearchResponse } from '../lib/api-types';
import { facetValueDecoration, facetValueLabel } from '../lib/facet-display';
import type { FacetView } from '../lib/facet-view';
import { clearFilters, countFilters, toggleFilter, toQueryString, type SearchState } from '../lib/url-state';
import { useInteractive } from '../lib/use-interactive';

/** Selected filters as removable chips, plus "tout effacer"; links until the page is interactive. */
export function ActiveFilters({
  facets,
  state,
  labels,
  onRemove,
  onClear,
}: {
  facets: readonly FacetView[];
  state: SearchState;
  labels: SearchResponse['labels'];
  onRemove: (facet: FacetName, value: string) => void;
  onClear: () => void;
}) {
  const interactive = useInteractive();
  if (countFilters(state) === 0) return null;
  const text = (facet: FacetView, value: string) =>
    [facetValueDecoration(facet.display, value), facetValueLabel(facet.display, value, labels[facet.name])]
      .filter((part) => part !== '')
      .join(' ');
  return (
    <div className="active-filters" role="group" aria-label="Filtres actifs">
      <ul className="chips">
        {facets.flatMap((facet) => [
          // Says that these chips are ANDed: the paragraphs hold every one of them.
          ...(matchModeOf(state.filters, facet.name) === 'all'
            ? [
                <li key={`${facet.name}-mode`}>
                  <span className="chip chip-mode">{facet.label}&nbsp;: tous dans le même paragraphe</span>
                </li>,
              ]
            : []),
          ...state.filters[facet.name].map((value) => {
            const label = `Retirer le filtre ${facet.singularLabel}\u00a0: ${text(facet, value)}`;
            const content = (
              <>
                {facet.singularLabel}&nbsp;: {text(facet, value)} <span aria-hidden="true">×</span>
              </>
            );
            return (
              <li key={`${facet.name}-${value}`}>
                {interactive ? (
                  <button type="button" className="chip chip-removable" onClick={() => onRemove(facet.name, value)} aria-label={label}>
                    {content}
                  </button>
                ) : (
                  <a className="chip chip-removable" href={`/${toQueryString(toggleFilter(state, facet.name, value, facet.kind), facets)}`} aria-label={label}>
                    {content}
                  </a>
                )}
              </li>
            );
          }),
        ])}
      </ul>
      {interactive ? (
        <button type="button" className="button-link" onClick={onClear}>
          Tout effacer
        </button>
      ) : (
        <a href={`/${toQueryString(clearFilters(state), facets)}`}>Tout effacer</a>
      )}
    </div>
  );
}

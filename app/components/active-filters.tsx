import type { FacetName } from '../../search/index';
import type { SearchResponse } from '../lib/api-types';
import { facetValueDecoration, facetValueLabel } from '../lib/facet-display';
import type { FacetView } from '../lib/facet-view';
import { countFilters, type SearchState } from '../lib/url-state';

/** Selected filters as removable chips, plus "tout effacer". */
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
  if (countFilters(state) === 0) return null;
  const text = (facet: FacetView, value: string) =>
    [facetValueDecoration(facet.display, value), facetValueLabel(facet.display, value, labels[facet.name])]
      .filter((part) => part !== '')
      .join(' ');
  return (
    <div className="active-filters" role="group" aria-label="Filtres actifs">
      <ul className="chips">
        {facets.flatMap((facet) =>
          state.filters[facet.name].map((value) => (
            <li key={`${facet.name}-${value}`}>
              <button
                type="button"
                className="chip chip-removable"
                onClick={() => onRemove(facet.name, value)}
                aria-label={`Retirer le filtre ${facet.singularLabel} : ${text(facet, value)}`}
              >
                {facet.singularLabel} : {text(facet, value)} <span aria-hidden="true">×</span>
              </button>
            </li>
          )),
        )}
      </ul>
      <button type="button" className="button-link" onClick={onClear}>
        Tout effacer
      </button>
    </div>
  );
}

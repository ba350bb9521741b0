import { flagEmoji, formatDate } from '../lib/format';
import { countFilters, FACET_NAMES, type FacetName, type SearchState } from '../lib/url-state';

const FACET_LABELS: Record<FacetName, string> = { persons: 'Personne', countries: 'Pays', dates: 'Date' };

/** Selected filters as removable chips, plus "tout effacer". */
export function ActiveFilters({
  state,
  countryNames,
  onRemove,
  onClear,
}: {
  state: SearchState;
  countryNames: Record<string, string>;
  onRemove: (facet: FacetName, value: string) => void;
  onClear: () => void;
}) {
  if (countFilters(state) === 0) return null;
  const label = (facet: FacetName, value: string) =>
    facet === 'countries'
      ? `${flagEmoji(value)} ${countryNames[value] ?? value}`
      : facet === 'dates'
        ? formatDate(value)
        : value;
  return (
    <div className="active-filters" role="group" aria-label="Filtres actifs">
      <ul className="chips">
        {FACET_NAMES.flatMap((facet) =>
          state[facet].map((value) => (
            <li key={`${facet}-${value}`}>
              <button
                type="button"
                className="chip chip-removable"
                onClick={() => onRemove(facet, value)}
                aria-label={`Retirer le filtre ${FACET_LABELS[facet]} : ${label(facet, value)}`}
              >
                {FACET_LABELS[facet]} : {label(facet, value)} <span aria-hidden="true">×</span>
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

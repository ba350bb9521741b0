import { matchModeOf, type MatchMode } from '../../search/client';
import type { FacetView } from '../lib/facet-view';
import { toQueryString, withFacetMode, type SearchState } from '../lib/url-state';
import { useInteractive } from '../lib/use-interactive';

type ValuesFacet = Extract<FacetView, { kind: 'values' }>;

const MODES: readonly { mode: MatchMode; label: string }[] = [
  { mode: 'any', label: 'l’un des' },
  { mode: 'all', label: 'tous' },
];

/**
 * « Paragraphes avec l’un des / tous »: how the selected values of a facet combine, shown once two
 * are selected. Links until the page is interactive (works without JavaScript), buttons after.
 */
export function MatchModeToggle({
  facet,
  facets,
  state,
  onChange,
}: {
  facet: ValuesFacet;
  facets: readonly FacetView[];
  state: SearchState;
  onChange: (mode: MatchMode) => void;
}) {
  const interactive = useInteractive();
  if (state.filters[facet.name].length < 2) return null;
  const current = matchModeOf(state.filters, facet.name);
  const groupLabel = `Paragraphes avec l’un des ${facet.label.toLowerCase()} choisis, ou avec tous`;
  return (
    <p className="facet-mode" role="group" aria-label={groupLabel}>
      <span aria-hidden="true">Paragraphes avec</span>{' '}
      {MODES.map(({ mode, label }, i) => (
        <span key={mode}>
          {i > 0 ? ' · ' : null}
          {mode === current ? (
            <strong className="facet-mode-current" aria-current="true">
              {label}
            </strong>
          ) : interactive ? (
            <button type="button" className="button-link" onClick={() => onChange(mode)}>
              {label}
            </button>
          ) : (
            <a href={`/${toQueryString(withFacetMode(state, facet.name, mode), facets)}`}>{label}</a>
          )}
        </span>
      ))}
    </p>
  );
}

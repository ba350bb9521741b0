import { ALL_OF_PARAM, LIMITS, type MatchMode } from '../../search/client';
import type { FacetCounts, FacetName, ValueFacetName } from '../../search/index';
import type { FacetValuesResponse, SearchResponse } from '../lib/api-types';
import { ENTITY_PAGE_PATHS } from '../lib/entity-paths';
import { facetFilterParam } from '../lib/facet-filter-params';
import { facetValueDecoration, facetValueLabel } from '../lib/facet-display';
import type { FacetView } from '../lib/facet-view';
import { toggleFilter, toQueryString, writeSearchParams, type SearchState } from '../lib/url-state';
import { useInteractive } from '../lib/use-interactive';
import { MatchModeToggle } from './match-mode-toggle';
import { PeriodFacet } from './period-facet';
import { FacetGroup, type FacetOption, type FacetValueSearchProps } from './facet-group';

function optionsOf(
  facet: FacetView,
  counts: Readonly<Record<string, number>>,
  selected: readonly string[],
  names: Readonly<Record<string, string>> | undefined,
): FacetOption[] {
  const values = new Set([...Object.keys(counts), ...selected]);
  return [...values]
    .map((value) => ({
      value,
      label: facetValueLabel(facet.display, value, names),
      count: counts[value] ?? 0,
      selected: selected.includes(value),
      decoration: facetValueDecoration(facet.display, value) || undefined,
      pageHref: facet.kind === 'values' ? ENTITY_PAGE_PATHS[facet.name](value) : undefined,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}

/** The filter box's search among every value of a facet, under the current search. */
function valueSearchOf(
  facet: FacetView,
  facets: readonly FacetView[],
  counts: Readonly<Record<string, number>>,
  state: SearchState,
  initial: FacetValuesResponse | undefined,
): FacetValueSearchProps {
  const search = writeSearchParams({ ...state, page: 1 }, facets).toString();
  return {
    inputName: facetFilterParam(facet),
    initialText: initial?.text ?? '',
    initialMatches: initial?.values ?? [],
    complete: Object.keys(counts).length < LIMITS.facetValuesReturned,
    url: (text) => `/api/facets?${new URLSearchParams({ facet: facet.name, text }).toString()}${search ? `&${search}` : ''}`,
    toOption: ({ value, label, count }) => ({
      value,
      label,
      count,
      selected: false,
      decoration: facetValueDecoration(facet.display, value) || undefined,
    }),
  };
}

/** One group per facet of the registry: a period facet as years and months, others as lists. */
export function FacetPanel({
  facets,
  counts,
  state,
  labels,
  onToggle,
  onModeChange,
  valueMatches = {},
}: {
  facets: readonly FacetView[];
  counts: FacetCounts;
  state: SearchState;
  labels: SearchResponse['labels'];
  onToggle: (facet: FacetName, value: string) => void;
  onModeChange: (facet: ValueFacetName, mode: MatchMode) => void;
  /** Server-rendered matches of the filter boxes sent without JavaScript, by facet. */
  valueMatches?: Partial<Record<FacetName, FacetValuesResponse>>;
}) {
  const interactive = useInteractive();
  // Without JavaScript the checkboxes are a GET form on the search page; with it, each tick
  // navigates at once and the form never submits.
  return (
    <form action="/" method="get" className="facet-form" onSubmit={(e) => e.preventDefault()}>
      {state.q !== '' ? <input type="hidden" name="q" value={state.q} /> : null}
      {facets.flatMap((facet) =>
        state.filters.allOf?.includes(facet.name as ValueFacetName)
          ? [<input key={`mode-${facet.name}`} type="hidden" name={ALL_OF_PARAM} value={facet.param} />]
          : [],
      )}
      {facets.map((facet) =>
        facet.kind === 'period' ? (
          <PeriodFacet
            key={facet.name}
            title={facet.label}
            param={facet.param}
            counts={counts[facet.name]}
            selected={state.filters[facet.name]}
            onToggle={(v) => onToggle(facet.name, v)}
            hrefFor={(v) => `/${toQueryString(toggleFilter(state, facet.name, v, 'period'), facets)}`}
          />
        ) : (
          <FacetGroup
            key={facet.name}
            title={facet.label}
            param={facet.param}
            showAll={!interactive}
            filterLabel={`Filtrer les ${facet.label.toLowerCase()}`}
            options={optionsOf(facet, counts[facet.name], state.filters[facet.name], labels[facet.name])}
            onToggle={(v) => onToggle(facet.name, v)}
            valueSearch={valueSearchOf(facet, facets, counts[facet.name], state, valueMatches[facet.name])}
            modeToggle={
              <MatchModeToggle facet={facet} facets={facets} state={state} onChange={(mode) => onModeChange(facet.name, mode)} />
            }
          />
        ),
      )}
      {interactive ? null : (
        <button type="submit" className="button-primary facet-submit">
          Appliquer les filtres
        </button>
      )}
    </form>
  );
}

import type { FacetCounts } from '../../search/types';
import { flagEmoji } from '../lib/format';
import type { FacetName, SearchState } from '../lib/url-state';
import { DateFacet } from './date-facet';
import { FacetGroup, type FacetOption } from './facet-group';

function optionsOf(
  counts: Record<string, number>,
  selected: readonly string[],
  label: (value: string) => string,
  decoration?: (value: string) => string,
): FacetOption[] {
  const values = new Set([...Object.keys(counts), ...selected]);
  return [...values]
    .map((value) => ({
      value,
      label: label(value),
      count: counts[value] ?? 0,
      selected: selected.includes(value),
      decoration: decoration?.(value),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}

export function FacetPanel({
  facets,
  state,
  countryNames,
  onToggle,
}: {
  facets: FacetCounts;
  state: SearchState;
  countryNames: Record<string, string>;
  onToggle: (facet: FacetName, value: string) => void;
}) {
  return (
    <>
      <FacetGroup
        title="Personnes"
        filterLabel="Filtrer les personnes"
        options={optionsOf(facets.persons, state.persons, (v) => v)}
        onToggle={(v) => onToggle('persons', v)}
      />
      <FacetGroup
        title="Pays"
        filterLabel="Filtrer les pays"
        options={optionsOf(facets.countries, state.countries, (c) => countryNames[c] ?? c, flagEmoji)}
        onToggle={(v) => onToggle('countries', v)}
      />
      <DateFacet counts={facets.date} selected={state.dates} onToggle={(v) => onToggle('dates', v)} />
    </>
  );
}

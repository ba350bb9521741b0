import type { SearchFilters } from '../types';

/** Facets the UI filters on, named as in `SearchFilters`. */
export type FilterFacet = keyof SearchFilters;

const FIELD_OF: Record<FilterFacet, string> = {
  persons: 'persons',
  countries: 'countries',
  dates: 'period',
};

/**
 * A value as a Meilisearch string literal: always double-quoted, with `\` and `"` escaped, so a
 * value can never close its quotes and add an operator of its own.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/** `field = "value"`; the field is one of ours, never user input. */
export function equals(field: string, value: string): string {
  return `${field} = ${quoteFilterValue(value)}`;
}

/**
 * The filter in Meilisearch's array form: inner arrays are OR-ed (values of one facet), the outer
 * array is AND-ed (across facets). `except` leaves one facet out, for its disjunctive counts.
 * Returns undefined when nothing is selected.
 */
export function buildFilter(
  filters: SearchFilters,
  except?: FilterFacet,
): string[][] | undefined {
  const groups: string[][] = [];
  for (const facet of Object.keys(FIELD_OF) as FilterFacet[]) {
    if (facet === except) continue;
    const values = [...new Set(filters[facet])];
    if (values.length === 0) continue;
    groups.push(values.map((value) => equals(FIELD_OF[facet], value)));
  }
  return groups.length > 0 ? groups : undefined;
}

/** Facets that have at least one selected value. */
export function selectedFacets(filters: SearchFilters): FilterFacet[] {
  return (Object.keys(FIELD_OF) as FilterFacet[]).filter((facet) => filters[facet].length > 0);
}

export function facetField(facet: FilterFacet): string {
  return FIELD_OF[facet];
}

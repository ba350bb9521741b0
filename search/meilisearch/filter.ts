import { FACETS, type FacetName } from '../facets';
import type { MonthRange } from '../date-range';
import { matchModeOf } from '../match-mode';
import type { SearchFilters } from '../types';

/**
 * The document field a facet filters and counts on: a `values` facet's list under its own name,
 * the `period` facet's `[YYYY, YYYY-MM]` keys (see `toPeriod`).
 */
export function facetField(name: FacetName): string {
  const facet = FACETS.find((f) => f.name === name);
  return facet?.kind === 'period' ? 'period' : name;
}

/** Every facet field of the documents, in registry order. */
export const FACET_FIELDS: readonly string[] = [...new Set(FACETS.map((f) => facetField(f.name)))];

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
 * array is AND-ed (across facets; and across the values of a facet in `all` mode, each its own
 * group). `except` leaves one facet out, for its disjunctive counts. Returns undefined when
 * nothing is selected.
 */
export function buildFilter(filters: SearchFilters, except?: FacetName): string[][] | undefined {
  const groups: string[][] = [];
  for (const { name } of FACETS) {
    if (name === except) continue;
    const values = [...new Set(filters[name])];
    if (values.length === 0) continue;
    const clauses = values.map((value) => equals(facetField(name), value));
    if (matchModeOf(filters, name) === 'all') groups.push(...clauses.map((clause) => [clause]));
    else groups.push(clauses);
  }
  return groups.length > 0 ? groups : undefined;
}

/**
 * The date range as `date_sort` comparisons (a `YYYYMMDD` number; a month-only date is `YYYYMM00`).
 * The bounds are checked `YYYY-MM` months, so only digits reach the filter.
 */
export function buildRangeFilter(range: MonthRange | null): string[] {
  if (range === null) return [];
  const number = (month: string) => month.replace('-', '');
  return [`date_sort >= ${number(range.first)}00`, `date_sort <= ${number(range.last)}99`];
}

/**
 * Facets counted disjunctively (each by a query without its own filter): those with a selected
 * value, except a facet in `all` mode, whose counts are the main query's (within the matches).
 */
export function selectedFacets(filters: SearchFilters): FacetName[] {
  return FACETS.map((f) => f.name).filter((name) => filters[name].length > 0 && matchModeOf(filters, name) === 'any');
}

import type { FacetName, ValueFacetName } from './facets';
import type { SearchFilters } from './types';

/*
 * Browser-safe (types only from the registry): the URL state of client components reads it too.
 */

/**
 * How the selected values of one facet combine: `any` (a paragraph holding one of them, the
 * default) or `all` (a paragraph holding every one: the persons named together). Only a `values`
 * facet has a mode; the period facet's values are one month per paragraph, so "all" is empty.
 */
export type MatchMode = 'any' | 'all';

/** The URL / API parameter listing the facets in `all` mode (`?person=A&person=B&tous=person`). */
export const ALL_OF_PARAM = 'tous';

/** The CLI flag doing the same (`--tous person`; `npm run search` reads it as `tous`). */
export const ALL_OF_CLI_FLAG = `--${ALL_OF_PARAM}`;

/** The mode a facet's selection applies in: `all` only when listed and at least two values are selected. */
export function matchModeOf(filters: SearchFilters, facet: FacetName): MatchMode {
  return filters[facet].length >= 2 && (filters.allOf ?? []).some((name) => name === facet) ? 'all' : 'any';
}

/**
 * The facets in `all` mode, canonical: sorted, unique, and only those with two values or more
 * (with one value both modes give the same paragraphs; keeping the mode would change its counts
 * without anything on screen saying so).
 */
export function allOfFacets(filters: SearchFilters): ValueFacetName[] {
  return [...new Set(filters.allOf ?? [])].filter((name) => matchModeOf(filters, name) === 'all').sort();
}

/** The filters with `allOf` canonical, and left out when no facet is in `all` mode. */
export function withCanonicalMode(filters: SearchFilters): SearchFilters {
  const allOf = allOfFacets(filters);
  const next = { ...filters };
  delete next.allOf;
  return allOf.length > 0 ? { ...next, allOf } : next;
}

/** The filters with one facet switched to a mode (canonical). */
export function withMatchMode(filters: SearchFilters, facet: ValueFacetName, mode: MatchMode): SearchFilters {
  const others = (filters.allOf ?? []).filter((name) => name !== facet);
  return withCanonicalMode({ ...filters, allOf: mode === 'all' ? [...others, facet] : others });
}

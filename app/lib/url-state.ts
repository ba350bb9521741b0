/**
 * The search page's whole state lives in the URL: `?q=&person=&country=&date=&page=`.
 * This module reads it leniently (the page must always render) and writes it canonically
 * (sorted values, defaults omitted) so equal states give equal URLs and SWR cache keys.
 * Strict validation of the same parameters is `search-request.ts` (server side).
 */

export interface SearchState {
  q: string;
  persons: string[];
  countries: string[];
  dates: string[];
  page: number;
}

export type FacetName = 'persons' | 'countries' | 'dates';

/** URL parameter of each facet (singular, repeatable). */
export const FACET_PARAMS: Record<FacetName, string> = {
  persons: 'person',
  countries: 'country',
  dates: 'date',
};

export const FACET_NAMES: readonly FacetName[] = ['persons', 'countries', 'dates'];

export const EMPTY_STATE: SearchState = { q: '', persons: [], countries: [], dates: [], page: 1 };

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].sort();
}

/** Lenient read: drops empty values and duplicates, a bad page becomes 1. */
export function readSearchState(params: URLSearchParams): SearchState {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    persons: uniqueSorted(params.getAll(FACET_PARAMS.persons)),
    countries: uniqueSorted(params.getAll(FACET_PARAMS.countries).map((c) => c.toUpperCase())),
    dates: uniqueSorted(params.getAll(FACET_PARAMS.dates)),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** Next's `searchParams` object → URLSearchParams (repeatable keys arrive as arrays). */
export function toUrlSearchParams(
  record: Record<string, string | string[] | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, v);
    }
  }
  return params;
}

export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q !== '') params.set('q', q);
  for (const facet of FACET_NAMES) {
    for (const value of uniqueSorted(state[facet])) params.append(FACET_PARAMS[facet], value);
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** `?q=…` or `''` for the empty state. */
export function toQueryString(state: SearchState): string {
  const query = writeSearchParams(state).toString();
  return query === '' ? '' : `?${query}`;
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: q.trim(), page: 1 };
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.max(1, Math.trunc(page)) };
}

/** Adds or removes one facet value; any filter change goes back to page 1. */
export function toggleFilter(state: SearchState, facet: FacetName, value: string): SearchState {
  const current = state[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [facet]: uniqueSorted(next), page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, persons: [], countries: [], dates: [], page: 1 };
}

export function countFilters(state: SearchState): number {
  return state.persons.length + state.countries.length + state.dates.length;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return toQueryString(a) === toQueryString(b);
}

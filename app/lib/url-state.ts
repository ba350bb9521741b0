/**
 * The search page's whole state lives in the URL: `?q=&<facet param>=…&page=`, one repeatable
 * parameter per facet of the registry, and `tous=<facet param>` for a facet whose values must all
 * be on a paragraph (`?person=A&person=B&tous=person`: the paragraphs naming both). This module reads it leniently (the page must always
 * render) and writes it canonically (sorted values, defaults omitted) so equal states give equal
 * URLs and SWR cache keys. Strict validation of the same parameters is `search-request.ts`.
 */
import { ALL_OF_PARAM, withCanonicalMode, withMatchMode, type MatchMode } from '../../search/client';
import type { FacetName, SearchFilters, SearchSort, ValueFacetName } from '../../search/index';
import type { FacetView } from './facet-view';
import { togglePeriodValue } from './period-filter';

export interface SearchState {
  q: string;
  filters: SearchFilters;
  page: number;
  /** Absent: by relevance. */
  sort?: SearchSort;
  /** Date range bounds, `YYYY` or `YYYY-MM`, inclusive. */
  from?: string;
  to?: string;
}

/** The order and date range of a state, as `?sort=&from=&to=` carry them. */
export type SearchOptions = Pick<SearchState, 'sort' | 'from' | 'to'>;

const SORTS: readonly string[] = ['pertinence', 'recent', 'ancien'] satisfies SearchSort[];
const MONTH_RE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** The options of the URL that are well formed; `sort=pertinence`, the default, is left out. */
function readOptions(params: URLSearchParams): SearchOptions {
  const options: SearchOptions = {};
  const sort = params.get('sort');
  if (sort !== null && sort !== 'pertinence' && SORTS.includes(sort)) options.sort = sort as SearchSort;
  for (const bound of ['from', 'to'] as const) {
    const value = params.get(bound)?.trim();
    if (value && MONTH_RE.test(value)) options[bound] = value;
  }
  return options;
}

type FacetParam = Pick<FacetView, 'name' | 'param' | 'kind'>;

export function emptyState(facets: readonly FacetParam[]): SearchState {
  return { q: '', filters: noFilters(facets), page: 1 };
}

function noFilters(facets: readonly FacetParam[]): SearchFilters {
  return Object.fromEntries(facets.map((f) => [f.name, []])) as unknown as SearchFilters;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].sort();
}

/** Lenient read: drops empty values and duplicates, a bad page becomes 1. */
export function readSearchState(params: URLSearchParams, facets: readonly FacetParam[]): SearchState {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const filters = noFilters(facets);
  for (const facet of facets) filters[facet.name] = uniqueSorted(params.getAll(facet.param));
  const allOf = new Set(params.getAll(ALL_OF_PARAM).map((v) => v.trim()));
  filters.allOf = facets.flatMap((f) => (f.kind === 'values' && allOf.has(f.param) ? [f.name as ValueFacetName] : []));
  return {
    q: (params.get('q') ?? '').trim(),
    filters: withCanonicalMode(filters),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
    ...readOptions(params),
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

export function writeSearchParams(state: SearchState, facets: readonly FacetParam[]): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q !== '') params.set('q', q);
  for (const facet of facets) {
    for (const value of uniqueSorted(state.filters[facet.name])) params.append(facet.param, value);
  }
  const allOf = withCanonicalMode(state.filters).allOf ?? [];
  for (const facet of facets) if (allOf.some((name) => name === facet.name)) params.append(ALL_OF_PARAM, facet.param);
  if (state.sort && state.sort !== 'pertinence') params.set('sort', state.sort);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** `?q=…` or `''` for the empty state. */
export function toQueryString(state: SearchState, facets: readonly FacetParam[]): string {
  const query = writeSearchParams(state, facets).toString();
  return query === '' ? '' : `?${query}`;
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: q.trim(), page: 1 };
}

/** Changes the order or the date range (an empty value removes it); back to page 1. */
export function withOptions(state: SearchState, options: SearchOptions): SearchState {
  const next: SearchState = { ...state, ...options, page: 1 };
  for (const key of ['sort', 'from', 'to'] as const) if (!next[key] || next[key] === 'pertinence') delete next[key];
  return next;
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.max(1, Math.trunc(page)) };
}

/**
 * Adds or removes one facet value; any filter change goes back to page 1. A period facet is a
 * hierarchy: removing a year removes its months.
 */
export function toggleFilter(
  state: SearchState,
  facet: FacetName,
  value: string,
  kind: FacetView['kind'] = 'values',
): SearchState {
  const current = state.filters[facet];
  const next = kind === 'period'
    ? togglePeriodValue(current, value)
    : current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: withCanonicalMode({ ...state.filters, [facet]: uniqueSorted(next) }), page: 1 };
}

/** Switches how a facet's values combine (any one / all of them); back to page 1. */
export function withFacetMode(state: SearchState, facet: ValueFacetName, mode: MatchMode): SearchState {
  return { ...state, filters: withMatchMode(state.filters, facet, mode), page: 1 };
}

export function clearFilters(state: SearchState): SearchState {
  const filters = Object.fromEntries(Object.keys(state.filters).filter((name) => name !== 'allOf').map((name) => [name, []]));
  return { ...state, filters: filters as unknown as SearchFilters, page: 1 };
}

export function countFilters(state: SearchState): number {
  return Object.entries(state.filters).reduce((n, [name, values]) => (name === 'allOf' ? n : n + (values?.length ?? 0)), 0);
}

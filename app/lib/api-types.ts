import type { FacetName, SearchJson } from '../../search/index';

/** One hit as `/api/search` returns it: the search module's one JSON shape of a hit. */
export type ApiHit = SearchJson['hits'][number];

/** `/api/search` response body. `labels` gives display names of the country codes it holds. */
export interface SearchResponse extends SearchJson {
  page: number;
  hits_per_page: number;
  labels: Partial<Record<FacetName, Record<string, string>>>;
}

export interface ApiError {
  error: string;
  message: string;
}

/** One value of `/api/facets`: the value to filter on, its display name and its count. */
export interface FacetValueMatch {
  value: string;
  label: string;
  count: number;
}

/** `/api/facets` response body: the values of `facet` matching `text` under the search. */
export interface FacetValuesResponse {
  facet: string;
  text: string;
  values: FacetValueMatch[];
}

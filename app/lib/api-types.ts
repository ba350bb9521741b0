import type { FacetCounts } from '../../search/types';

/** One hit as `/api/search` returns it. */
export interface ApiHit {
  id: string;
  article: string;
  position: number;
  section: string | null;
  text: string;
  highlight: string;
  date: string;
  persons: string[];
  countries: string[];
  url: string;
  title: string;
}

/** `/api/search` response body. `labels` gives display names for the country codes it holds. */
export interface SearchResponse {
  total: number;
  hits: ApiHit[];
  facets: FacetCounts;
  took_ms: number;
  page: number;
  hits_per_page: number;
  labels: { countries: Record<string, string> };
}

export interface ApiError {
  error: string;
  message: string;
}

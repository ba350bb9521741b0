import { toSearchJson } from '../../search/search-json';
import type { SearchResult } from '../../search/types';
import type { SearchResponse } from './api-types';
import { countryName } from './country-names';
import { HITS_PER_PAGE } from './search-request';

/** Engine result → the API's JSON shape, plus French names for every country code it holds. */
export function toSearchResponse(result: SearchResult, page: number): SearchResponse {
  const codes = new Set(Object.keys(result.facets.countries));
  for (const hit of result.hits) for (const code of hit.countries) codes.add(code);
  const json = toSearchJson(result);
  return {
    ...json,
    hits: json.hits.map((hit, i) => ({ ...hit, title: result.hits[i]?.title ?? '' })),
    page,
    hits_per_page: HITS_PER_PAGE,
    labels: {
      countries: Object.fromEntries([...codes].sort().map((code) => [code, countryName(code)])),
    },
  };
}

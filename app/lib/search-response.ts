import type { SearchResult } from '../../search/types';
import type { SearchResponse } from './api-types';
import { countryName } from './country-names';
import { HITS_PER_PAGE } from './search-request';

/** Engine result → the API's JSON shape, plus French names for every country code it holds. */
export function toSearchResponse(result: SearchResult, page: number): SearchResponse {
  const codes = new Set(Object.keys(result.facets.countries));
  for (const hit of result.hits) for (const code of hit.countries) codes.add(code);
  return {
    total: result.total,
    hits: result.hits.map((hit) => ({
      id: hit.id,
      article: hit.article,
      position: hit.position,
      section: hit.section,
      text: hit.text,
      highlight: hit.highlight,
      date: hit.date,
      persons: hit.persons,
      countries: hit.countries,
      url: hit.url,
      title: hit.title,
    })),
    facets: result.facets,
    took_ms: result.took_ms,
    page,
    hits_per_page: HITS_PER_PAGE,
    labels: {
      countries: Object.fromEntries([...codes].sort().map((code) => [code, countryName(code)])),
    },
  };
}

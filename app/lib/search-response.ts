import 'server-only';
import { LIMITS, toSearchJson, VALUE_FACETS, type SearchResult } from '../../search/index';
import type { SearchResponse } from './api-types';
import { countryName } from './country-names';

/** French names of every country code the result holds, for each facet shown as countries. */
function labelsOf(result: SearchResult): SearchResponse['labels'] {
  const labels: SearchResponse['labels'] = {};
  for (const facet of VALUE_FACETS) {
    if (facet.display !== 'country') continue;
    const codes = new Set(Object.keys(result.facets[facet.name]));
    for (const hit of result.hits) for (const code of hit.facets[facet.name]) codes.add(code);
    labels[facet.name] = Object.fromEntries([...codes].sort().map((code) => [code, countryName(code)]));
  }
  return labels;
}

/** The API's JSON: the search module's hit JSON, plus paging and display names. */
export function toSearchResponse(result: SearchResult, page: number): SearchResponse {
  return {
    ...toSearchJson(result),
    page, hits_per_page: LIMITS.defaultHitsPerPage, labels: labelsOf(result) };
}

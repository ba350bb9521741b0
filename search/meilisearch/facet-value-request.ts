import type { FacetHit, SearchForFacetValuesParams, SearchParams } from 'meilisearch';
import type { ValueFacetName } from '../facets';
import { facetLabelMatcher, facetWords, topFacetMatches, type FacetValueCount } from '../facet-values';
import type { SearchQuery } from '../types';
import { facetKeyField, valueOfKey } from './facet-keys';
import { facetField } from './filter';
import { filterOf, MATCHING } from './search-request';

/**
 * Facet search over a facet's keys, under the search (`q` as the adapter sends it, the query's
 * filters: the caller has removed the facet's own selection). Exact counts, not estimates.
 */
export function buildFacetKeySearch(facet: ValueFacetName, text: string, query: SearchQuery, q: string): SearchForFacetValuesParams {
  const filter = filterOf(query);
  return {
    ...MATCHING,
    facetName: facetKeyField(facet),
    facetQuery: facetWords(text),
    q,
    ...(filter ? { filter } : {}),
    exhaustiveFacetCount: true,
  };
}

/**
 * Keys back to values, keeping those our rule accepts (Meilisearch also reads a typo or the first
 * word only): a value found through several of its keys counts once.
 */
export function fromFacetKeyHits(hits: readonly FacetHit[], text: string): FacetValueCount[] {
  const matches = facetLabelMatcher(text);
  const counts = new Map<string, number>();
  for (const hit of hits) {
    const value = valueOfKey(hit.value);
    if (matches(value)) counts.set(value, Math.max(counts.get(value) ?? 0, hit.count));
  }
  return topFacetMatches([...counts].map(([value, count]) => ({ value, count })));
}

/**
 * A facet whose values are codes shown under names (countries, a few hundred values): its whole
 * distribution under the search, matched against the names here.
 */
export function buildLabelledCount(facet: ValueFacetName, query: SearchQuery): SearchParams {
  const filter = filterOf(query);
  return { ...MATCHING, ...(filter ? { filter } : {}), facets: [facetField(facet)], limit: 0 };
}

export function fromDistribution(
  distribution: Record<string, Record<string, number>> | undefined,
  facet: ValueFacetName,
  text: string,
  label: (value: string) => string,
): FacetValueCount[] {
  const matches = facetLabelMatcher(text);
  const counts = Object.entries(distribution?.[facetField(facet)] ?? {})
    .filter(([value]) => matches(label(value)))
    .map(([value, count]) => ({ value, count }));
  return topFacetMatches(counts, label);
}

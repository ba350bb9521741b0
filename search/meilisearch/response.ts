import type { SearchResponse } from 'meilisearch';
import { FACETS, type FacetName } from '../facets';
import { highlightText, highlightWithSnippet, type TokenMarker } from '../french';
import { LIMITS } from '../limits';
import type { FacetCounts, SearchFilters, SearchHit, SearchResult } from '../types';
import { facetField } from './filter';
import { toParagraph, type StoredArticleMeta, type StoredParagraph } from './to-document';

/**
 * The text HTML-escaped with `<mark>` around every word the shared French matcher accepts
 * (exact, stem, prefix, typo): the rules the embedded engine highlights with. Meilisearch's own
 * `_formatted` is not used: it inserts tags without escaping the text and marks by its own rules.
 */
export function toHighlight(text: string, isQueryMatch: TokenMarker): string {
  return highlightText(text, isQueryMatch);
}

type Distribution = Record<string, Record<string, number>> | undefined;

/**
 * A values facet's counts as the embedded engine returns them: the most frequent first (ties by
 * value), at most `LIMITS.facetValuesReturned`, plus every selected value that has a count.
 */
export function topFacetValues(counts: Record<string, number>, selected: readonly string[]): Record<string, number> {
  const ordered = Object.entries(counts)
    .filter(([, c]) => c > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const result = Object.fromEntries(ordered.slice(0, LIMITS.facetValuesReturned));
  for (const value of selected) if ((counts[value] ?? 0) > 0) result[value] = counts[value]!;
  return result;
}

/** Facet counts from the main response, each selected facet's replaced by its own query's. */
export function toFacetCounts(
  main: Distribution,
  disjunctive: Partial<Record<FacetName, Distribution>>,
  filters: SearchFilters,
): FacetCounts {
  return Object.fromEntries(
    FACETS.map((facet) => {
      const source = facet.name in disjunctive ? disjunctive[facet.name] : main;
      const counts = { ...(source?.[facetField(facet.name)] ?? {}) };
      return [facet.name, facet.kind === 'values' ? topFacetValues(counts, filters[facet.name]) : counts];
    }),
  ) as FacetCounts;
}

/** A hit: the paragraph, its highlight, and its article's title and source (joined by the caller). */
export function toSearchHit(
  hit: StoredParagraph,
  article: StoredArticleMeta | undefined,
  isQueryMatch: TokenMarker,
): SearchHit {
  const paragraph = toParagraph(hit);
  return {
    ...paragraph,
    ...highlightWithSnippet(paragraph.text, isQueryMatch),
    title: article?.title ?? '',
    source: article?.source ?? null,
  };
}

/**
 * Maps the multi-search answers (main first, then one per disjunctive facet) and the hits'
 * articles into our result.
 */
export function toSearchResult(
  responses: SearchResponse<StoredParagraph>[],
  plan: { disjunctive: FacetName[]; filters: SearchFilters },
  articles: ReadonlyMap<string, StoredArticleMeta>,
  tookMs: number,
  isQueryMatch: TokenMarker,
): SearchResult {
  const [main, ...counting] = responses;
  if (!main) throw new TypeError('multi-search returned no result for the main query');
  const perFacet: Partial<Record<FacetName, Distribution>> = {};
  plan.disjunctive.forEach((facet, i) => {
    perFacet[facet] = counting[i]?.facetDistribution;
  });
  return {
    total: main.totalHits ?? main.estimatedTotalHits ?? main.hits.length,
    hits: main.hits.map((hit) => toSearchHit(hit, articles.get(hit.article), isQueryMatch)),
    facets: toFacetCounts(main.facetDistribution, perFacet, plan.filters),
    took_ms: Math.round(tookMs),
    relaxed: null,
  };
}

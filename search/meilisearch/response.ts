import type { SearchResponse } from 'meilisearch';
import { highlightText, type Token } from '../french';
import { paragraphPath } from '../paths';
import type { FacetCounts, SearchHit, SearchResult } from '../types';
import { facetField, type FilterFacet } from './filter';
import { FACET_FIELDS } from './settings';
import { toParagraph, type StoredParagraph } from './to-document';

/**
 * The text HTML-escaped with `<mark>` around every word the shared French matcher accepts
 * (exact, stem, prefix, typo): the rules the embedded engine highlights with. Meilisearch's own
 * `_formatted` is not used: it inserts tags without escaping the text and marks by its own rules.
 */
export function toHighlight(text: string, isQueryMatch: (token: Token) => boolean): string {
  return highlightText(text, isQueryMatch);
}

type Distribution = Record<string, Record<string, number>> | undefined;

function countsOf(distribution: Distribution, field: string): Record<string, number> {
  return { ...(distribution?.[field] ?? {}) };
}

/** Facet counts from the main response, each selected facet's replaced by its own query's. */
export function toFacetCounts(
  main: Distribution,
  disjunctive: Partial<Record<FilterFacet, Distribution>>,
): FacetCounts {
  const pick = (facet: FilterFacet, field: string) =>
    facet in disjunctive ? countsOf(disjunctive[facet], field) : countsOf(main, field);
  return {
    persons: pick('persons', facetField('persons')),
    countries: pick('countries', facetField('countries')),
    date: pick('dates', FACET_FIELDS.date),
  };
}

export function toSearchHit(hit: StoredParagraph, isQueryMatch: (token: Token) => boolean): SearchHit {
  const paragraph = toParagraph(hit);
  return {
    ...paragraph,
    highlight: toHighlight(paragraph.text, isQueryMatch),
    url: paragraphPath(paragraph.id),
  };
}

/** Maps the multi-search answers (main first, then one per disjunctive facet) into our result. */
export function toSearchResult(
  responses: SearchResponse<StoredParagraph>[],
  disjunctive: FilterFacet[],
  tookMs: number,
  isQueryMatch: (token: Token) => boolean,
): SearchResult {
  const [main, ...counting] = responses;
  if (!main) throw new TypeError('multi-search returned no result for the main query');
  const perFacet: Partial<Record<FilterFacet, Distribution>> = {};
  disjunctive.forEach((facet, i) => {
    perFacet[facet] = counting[i]?.facetDistribution;
  });
  return {
    total: main.totalHits ?? main.estimatedTotalHits ?? main.hits.length,
    hits: main.hits.map((hit) => toSearchHit(hit, isQueryMatch)),
    facets: toFacetCounts(main.facetDistribution, perFacet),
    took_ms: Math.round(tookMs),
  };
}

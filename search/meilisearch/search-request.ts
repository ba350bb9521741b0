import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import type { FacetName } from '../facets';
import type { SearchQuery } from '../types';
import { requiredWords, type ParsedQuery } from '../french';
import { engineTermCount, stemCandidates, toEngineQueryText, type EngineQuery, type EngineWord } from './analysis';
import { toMonthRange } from '../date-range';
import { buildFilter, buildRangeFilter, FACET_FIELDS, facetField, selectedFacets } from './filter';
import { STORED_PARAGRAPH_FIELDS } from './to-document';

const NEWEST_FIRST = ['date_sort:desc', 'article:asc', 'position:asc'];
const OLDEST_FIRST = ['date_sort:asc', 'article:asc', 'position:asc'];

/** The `sort` of a search: date order when asked for, or for a query with no required word. */
function sortOf(query: SearchQuery, browsing: boolean): string[] | undefined {
  if (query.sort === 'ancien') return OLDEST_FIRST;
  if (query.sort === 'recent' || browsing) return NEWEST_FIRST;
  return undefined;
}

/** Facet filters (minus `except`) AND-ed with the date range, or undefined when there is none. */
export function filterOf(query: SearchQuery, except?: FacetName): string[][] | undefined {
  const groups = [...(buildFilter(query.filters, except) ?? []), ...buildRangeFilter(toMonthRange(query)).map((c) => [c])];
  return groups.length > 0 ? groups : undefined;
}

/** Every query word must match (stop words excepted), as in the embedded engine. */
export const MATCHING: Pick<MultiSearchQuery, 'matchingStrategy' | 'locales'> = { matchingStrategy: 'all', locales: ['fra'] };

/**
 * One tiny query per candidate stem, on `text_stem` alone, prefix off: the stem is "known" when
 * its best hit matched it with no typo.
 */
export function buildStemLookups(words: readonly EngineWord[], indexUid: string): { stems: string[]; queries: MultiSearchQuery[] } {
  const stems = stemCandidates(words);
  const queries = stems.map(
    (stem): MultiSearchQuery => ({
      ...MATCHING,
      indexUid,
      q: `${stem} `,
      attributesToSearchOn: ['text_stem'],
      attributesToRetrieve: ['id'],
      limit: 1,
      showRankingScoreDetails: true,
    }),
  );
  return { stems, queries };
}

/** The stems whose lookup found an exact (typo-free) match. */
export function knownStemsFrom(stems: readonly string[], responses: readonly Pick<SearchResponse, 'hits'>[]): Set<string> {
  const known = new Set<string>();
  stems.forEach((stem, i) => {
    const best = responses[i]?.hits[0];
    if (best?._rankingScoreDetails?.typo?.typoCount === 0) known.add(stem);
  });
  return known;
}

/** The main query plus one per selected facet (the disjunctive counts), in that order. */
export interface SearchPlan {
  queries: MultiSearchQuery[];
  disjunctive: FacetName[];
}

/**
 * Translates a query (already checked by `validateQuery`) into one multi-search request: the main search carries every filter and
 * all facet counts; each facet with a selected value gets a counting query without its own
 * filter, so its counts say what the other values would give (as InstantSearch does).
 */
export function buildSearchPlan(
  query: SearchQuery,
  engineQuery: EngineQuery,
  knownStems: ReadonlySet<string>,
  indexUid: string,
): SearchPlan {
  const q = toEngineQueryText(engineQuery, knownStems);
  const browsing = engineQuery.words.length === 0;
  const common = { ...MATCHING, indexUid, q };
  const main: MultiSearchQuery = {
    ...common,
    filter: filterOf(query),
    facets: [...FACET_FIELDS],
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    attributesToRetrieve: [...STORED_PARAGRAPH_FIELDS],
    ...(sortOf(query, browsing) ? { sort: sortOf(query, browsing) } : {}),
  };
  const disjunctive = selectedFacets(query.filters);
  const counting = disjunctive.map(
    (facet): MultiSearchQuery => ({
      ...common,
      filter: filterOf(query, facet),
      facets: [facetField(facet)],
      limit: 0,
    }),
  );
  return { queries: [main, ...counting], disjunctive };
}

/**
 * When no paragraph holds every required word: one hit under Meilisearch's `last` strategy,
 * which drops words from the end until something matches; its ranking details say how many
 * query terms that hit matched.
 */
export function buildRelaxationProbe(q: string, indexUid: string): MultiSearchQuery {
  return {
    ...MATCHING,
    matchingStrategy: 'last',
    indexUid,
    q,
    attributesToRetrieve: ['id'],
    limit: 1,
    showRankingScoreDetails: true,
  };
}

/**
 * How many of the query's required words the probe's best hit kept (Meilisearch counts a phrase
 * as one term and each part of a hyphenated word as one), or 0 when nothing matched at all.
 */
export function keptWordsFrom(parsed: ParsedQuery, probe: Pick<SearchResponse, 'hits'>): number {
  const matched = probe.hits[0]?._rankingScoreDetails?.words?.matchingWords ?? 0;
  let terms = 0;
  let keep = 0;
  for (const word of requiredWords(parsed)) {
    terms += engineTermCount(word);
    if (terms > matched) break;
    keep++;
  }
  return keep;
}

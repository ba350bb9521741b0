import { VALUE_FACETS, type ValueFacetName } from './facets';
import { paragraphPath } from './paths';
import type { FacetCounts, SearchHit, SearchResult } from './types';

/** One hit as the public JSON carries it (`npm run search -- --json`, `/api/search`). */
export type SearchHitJson = {
  id: string;
  article: string;
  position: number;
  section: string | null;
  text: string;
  highlight: string;
  /** The highlight cropped to about 40 words around the best match. */
  snippet: string;
  date: string;
} & Record<ValueFacetName, string[]> & {
    /** Deep link path of the paragraph. */
    url: string;
    title: string;
    /** The article's source (publication), when known. */
    source: string | null;
  };

/** A search result as the public JSON carries it. */
export interface SearchJson {
  total: number;
  hits: SearchHitJson[];
  facets: FacetCounts;
  took_ms: number;
  /** Set when no paragraph held every required word and trailing words were dropped. */
  relaxed: { dropped_words: string[]; effective_query: string } | null;
  /** "Vouliez-vous dire …": the query respelt and what it finds, when the search found little. */
  suggestion: { query: string; total: number } | null;
}

/** A hit in the public JSON: field order fixed, value facets spread in registry order, deep link added. */
export function toHitJson(hit: SearchHit): SearchHitJson {
  return {
    id: hit.id,
    article: hit.article,
    position: hit.position,
    section: hit.section,
    text: hit.text,
    highlight: hit.highlight,
    snippet: hit.snippet,
    date: hit.date,
    ...(Object.fromEntries(VALUE_FACETS.map((f) => [f.name, hit.facets[f.name]])) as Record<ValueFacetName, string[]>),
    url: paragraphPath(hit.id),
    title: hit.title,
    source: hit.source,
  };
}

/** The one JSON shape of a search result, field for field, for the CLI and the web API. */
export function toSearchJson(result: SearchResult): SearchJson {
  return {
    total: result.total,
    hits: result.hits.map(toHitJson),
    facets: result.facets,
    took_ms: result.took_ms,
    relaxed: result.relaxed && {
      dropped_words: result.relaxed.droppedWords,
      effective_query: result.relaxed.effectiveQuery,
    },
    suggestion: result.suggestion ? { query: result.suggestion.query, total: result.suggestion.total } : null,
  };
}

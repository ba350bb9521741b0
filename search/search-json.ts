import type { SearchResult } from './types';

/** The JSON the API returns, field for field. */
export function toSearchJson(result: SearchResult) {
  return {
    total: result.total,
    hits: result.hits.map((h) => ({
      id: h.id,
      article: h.article,
      position: h.position,
      section: h.section,
      text: h.text,
      highlight: h.highlight,
      date: h.date,
      persons: h.persons,
      countries: h.countries,
      url: h.url,
    })),
    facets: result.facets,
    took_ms: result.took_ms,
  };
}

export type SearchJson = ReturnType<typeof toSearchJson>;

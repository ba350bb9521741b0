/**
 * Every size limit of the search surface, in one place. The API schema, the CLI, the search
 * form's `maxLength` and both adapters take their values from here, and the contract suite
 * checks them on every adapter, so they cannot drift apart again.
 */
export const LIMITS = {
  /** Characters of free text in a query. Longer queries are refused (API 400, CLI exit 2). */
  queryLength: 200,
  /** Words of a query an engine considers; Meilisearch reads only the first ten, so do we. */
  queryWords: 10,
  /**
   * Word parts of a query an engine considers, counted after splitting hyphens, elisions and
   * digits ("garde-côtes" is two): a hyphen chain is one FTS5 phrase whose cost grows with its
   * length. Parts past the cap are dropped, like words past `queryWords`.
   */
  queryParts: 10,
  /** Hits per page asked of an engine. */
  hitsPerPage: 100,
  /** Hits per page of the web app and the CLI. */
  defaultHitsPerPage: 10,
  /** Last page that can be asked for (× hitsPerPage stays within Meilisearch's maxTotalHits). */
  maxPage: 1_000,
  /** Selected values in one facet's filter. */
  filterValuesPerFacet: 20,
  /** Characters of one filter value. */
  filterValueLength: 100,
  /** Values returned per facet in a result (the most frequent first). */
  facetValuesReturned: 100,
  /** Values a facet value search returns (the most frequent first). */
  facetValueMatches: 20,
  /** Characters of a Meilisearch index uid given in `MEILI_INDEX` (room left for staging names). */
  indexNameLength: 200,
} as const;

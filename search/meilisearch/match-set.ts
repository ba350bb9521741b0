import type { MultiSearchQuery } from 'meilisearch';
import { InvalidQueryError } from '../errors';
import { MAX_TOTAL_HITS } from './settings';

/**
 * Hits asked per request while streaming a match set. Meilisearch pages only within
 * `pagination.maxTotalHits` (`MAX_TOTAL_HITS`), so a stream reads at most that many hits: the
 * documents route could read more, but it needs a key beyond search and ignores the text query.
 */
export const STREAM_PAGE = 1_000;

/** The pages to read for a match set of `total` hits; refuses a set past what Meilisearch pages. */
export function streamPageCount(total: number, pageSize = STREAM_PAGE, maxTotalHits = MAX_TOTAL_HITS): number {
  if (total > maxTotalHits) {
    throw new InvalidQueryError(
      `${total} hits, more than the ${maxTotalHits} Meilisearch can page through: narrow the query`,
    );
  }
  return Math.ceil(total / pageSize);
}

/** The main query of a plan, asking one page of a stream: no facets, only the stored fields. */
export function buildStreamPageQuery(main: MultiSearchQuery, page: number, pageSize = STREAM_PAGE): MultiSearchQuery {
  const request: MultiSearchQuery = { ...main, page, hitsPerPage: pageSize };
  delete request.facets;
  return request;
}

/**
 * Counts the distinct articles of the main query's match set: `distinct` on `article` (a
 * filterable attribute, as Meilisearch requires), no hit returned, exhaustive page-mode total.
 */
export function buildArticleCountQuery(main: MultiSearchQuery): MultiSearchQuery {
  const request: MultiSearchQuery = { ...main, distinct: 'article', page: 1, hitsPerPage: 0 };
  delete request.facets;
  delete request.sort;
  delete request.attributesToRetrieve;
  return request;
}

/** The oldest and the newest hit of the main query's match set (their dates), in that order. */
export function buildDateEdgeQueries(main: MultiSearchQuery): [MultiSearchQuery, MultiSearchQuery] {
  const edge = (direction: 'asc' | 'desc'): MultiSearchQuery => {
    const request: MultiSearchQuery = { ...main, sort: [`date_sort:${direction}`], page: 1, hitsPerPage: 1, attributesToRetrieve: ['date'] };
    delete request.facets;
    return request;
  };
  return [edge('asc'), edge('desc')];
}

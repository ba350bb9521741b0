import type { MultiSearchQuery } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { InvalidQueryError } from '../errors';
import { buildArticleCountQuery, buildDateEdgeQueries, buildStreamPageQuery, STREAM_PAGE, streamPageCount } from './match-set';
import { MAX_TOTAL_HITS } from './settings';

const MAIN: MultiSearchQuery = {
  indexUid: 'paragraphs',
  q: 'gaz',
  filter: [['countries = "MA"']],
  facets: ['persons', 'countries'],
  sort: ['date_sort:desc'],
  page: 3,
  hitsPerPage: 10,
  attributesToRetrieve: ['id', 'text'],
};

describe('Meilisearch match sets', () => {
  it('reads every page of a set, up to what Meilisearch pages through', () => {
    expect(streamPageCount(0)).toBe(0);
    expect(streamPageCount(1)).toBe(1);
    expect(streamPageCount(STREAM_PAGE)).toBe(1);
    expect(streamPageCount(STREAM_PAGE + 1)).toBe(2);
    expect(streamPageCount(MAX_TOTAL_HITS)).toBe(MAX_TOTAL_HITS / STREAM_PAGE);
    expect(() => streamPageCount(MAX_TOTAL_HITS + 1)).toThrow(InvalidQueryError);
  });

  it('asks one stream page with the query, filter and order kept, and no facet count', () => {
    const page = buildStreamPageQuery(MAIN, 7);
    expect(page).toEqual({ ...MAIN, facets: undefined, page: 7, hitsPerPage: STREAM_PAGE });
    expect('facets' in page).toBe(false);
  });

  it('counts distinct articles with the same query and filter, no hit returned', () => {
    const count = buildArticleCountQuery(MAIN);
    expect(count).toEqual({ indexUid: 'paragraphs', q: 'gaz', filter: MAIN.filter, distinct: 'article', page: 1, hitsPerPage: 0 });
  });

  it('asks the oldest and newest hit of the set, with its filter, for their dates', () => {
    const [oldest, newest] = buildDateEdgeQueries(MAIN);
    for (const [edge, sort] of [[oldest, 'date_sort:asc'], [newest, 'date_sort:desc']] as const) {
      expect(edge).toEqual({ indexUid: 'paragraphs', q: 'gaz', filter: MAIN.filter, sort: [sort], page: 1, hitsPerPage: 1, attributesToRetrieve: ['date'] });
    }
  });
});

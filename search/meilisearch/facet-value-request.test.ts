import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../facets';
import { LIMITS } from '../limits';
import type { SearchQuery } from '../types';
import { toFacetKeys } from './facet-keys';
import { buildFacetKeySearch, buildLabelledCount, fromDistribution, fromFacetKeyHits } from './facet-value-request';

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: '',
  filters: emptyFilters(),
  page: 1,
  hitsPerPage: 10,
  ...overrides,
});

describe('buildFacetKeySearch', () => {
  it('searches the keys with the folded text, under the query as sent and its filters, counts exact', () => {
    const params = buildFacetKeySearch('persons', 'Gäntz', query({ filters: { ...emptyFilters(), countries: ['MA'] }, from: '2021', to: '2021' }), 'gantz ');
    expect(params).toEqual({
      facetName: 'persons_keys',
      facetQuery: 'gantz',
      q: 'gantz ',
      filter: [['countries = "MA"'], ['date_sort >= 20210100'], ['date_sort <= 20211299']],
      matchingStrategy: 'all',
      locales: ['fra'],
      exhaustiveFacetCount: true,
    });
  });

  it('sends no filter when there is none', () => {
    expect(buildFacetKeySearch('persons', 'ben', query(), '')).not.toHaveProperty('filter');
  });
});

describe('fromFacetKeyHits', () => {
  const hit = (value: string, key: number, count: number) => ({ value: toFacetKeys(value)[key]!, count });

  it('maps keys back to values, once each, most frequent first', () => {
    const hits = [hit('Benny Gantz', 0, 3), hit('Zine el-Abidine Ben Ali', 3, 2), hit('Ben Ben Salem', 0, 1), hit('Ben Ben Salem', 1, 1)];
    expect(fromFacetKeyHits(hits, 'ben')).toEqual([
      { value: 'Benny Gantz', count: 3 },
      { value: 'Zine el-Abidine Ben Ali', count: 2 },
      { value: 'Ben Ben Salem', count: 1 },
    ]);
  });

  it('drops what Meilisearch accepts and our rule does not: typos, words after the first', () => {
    const hits = [hit('Benny Ganz', 1, 4), hit('Benny Gantz', 0, 3), hit('Benny Hill', 0, 2)];
    expect(fromFacetKeyHits(hits, 'gantz')).toEqual([{ value: 'Benny Gantz', count: 3 }]);
    expect(fromFacetKeyHits(hits, 'benny g')).toEqual([
      { value: 'Benny Ganz', count: 4 },
      { value: 'Benny Gantz', count: 3 },
    ]);
  });

  it('keeps at most LIMITS.facetValueMatches values', () => {
    const hits = Array.from({ length: 30 }, (_, i) => hit(`Agent ${i} Durand`, 2, 30 - i));
    expect(fromFacetKeyHits(hits, 'durand')).toHaveLength(LIMITS.facetValueMatches);
  });
});

describe('labelled facets', () => {
  const names: Record<string, string> = { MA: 'Maroc', MR: 'Mauritanie', TN: 'Tunisie' };
  const label = (code: string) => names[code] ?? code;

  it('ask for the facet’s whole distribution under the search', () => {
    expect(buildLabelledCount('countries', query({ filters: { ...emptyFilters(), persons: ['Benny Gantz'] } }))).toEqual({
      filter: [['persons = "Benny Gantz"']],
      facets: ['countries'],
      limit: 0,
      matchingStrategy: 'all',
      locales: ['fra'],
    });
  });

  it('match the names, not the codes', () => {
    const distribution = { countries: { MA: 5, MR: 2, TN: 7 } };
    expect(fromDistribution(distribution, 'countries', 'mar', label)).toEqual([{ value: 'MA', count: 5 }]);
    expect(fromDistribution(distribution, 'countries', 'm', label)).toEqual([
      { value: 'MA', count: 5 },
      { value: 'MR', count: 2 },
    ]);
    expect(fromDistribution(undefined, 'countries', 'ma', label)).toEqual([]);
  });
});

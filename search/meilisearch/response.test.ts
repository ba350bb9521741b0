import type { SearchResponse } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { createQueryMatcher, escapeHtml, parseQuery } from '../french';
import { emptyFilters } from '../facets';
import { LIMITS } from '../limits';
import { toFacetCounts, toHighlight, toSearchResult, topFacetValues } from './response';
import type { StoredParagraph } from './to-document';

const stored: StoredParagraph = {
  id: 'a-1',
  article: 'a',
  position: 1,
  section: null,
  text: 'L’armée <b>et</b> la « défense » & co',
  date: '2021-11',
  persons: ['Benny Gantz'],
  countries: ['IL'],
};
const none = emptyFilters();

describe('toHighlight', () => {
  const matcher = (q: string) => createQueryMatcher(parseQuery(q));

  it('escapes the text and marks matched words, apostrophes and accents as written', () => {
    expect(toHighlight(stored.text, matcher('armee defense'))).toBe(
      'L’<mark>armée</mark> &lt;b&gt;et&lt;/b&gt; la « <mark>défense</mark> » &amp; co',
    );
  });

  it('marks words matched by stem and by prefix', () => {
    expect(toHighlight('Les négociations de coopération', matcher('négociation coop'))).toBe(
      'Les <mark>négociations</mark> de <mark>coopération</mark>',
    );
  });

  it('never lets a tag through', () => {
    const text = '<script>alert(1)</script>';
    const html = toHighlight(text, matcher('script'));
    expect(html).not.toMatch(/<script/);
    expect(html.replace(/<\/?mark>/g, '')).toBe(escapeHtml(text));
  });
});

describe('toFacetCounts', () => {
  const main = { persons: { A: 3 }, countries: { FR: 2 }, period: { '2021': 3, '2021-11': 3 } };

  it('maps engine fields to our facet keys', () => {
    expect(toFacetCounts(main, {}, none)).toEqual({ persons: { A: 3 }, countries: { FR: 2 }, date: { '2021': 3, '2021-11': 3 } });
  });

  it('takes a selected facet’s counts from its own query', () => {
    const counts = toFacetCounts(main, { countries: { countries: { FR: 2, MA: 5 } } }, none);
    expect(counts.countries).toEqual({ FR: 2, MA: 5 });
    expect(counts.persons).toEqual({ A: 3 });
  });

  it('returns the most frequent values up to the limit, plus the selected ones', () => {
    const many = Object.fromEntries(Array.from({ length: LIMITS.facetValuesReturned + 5 }, (_, i) => [`P${i}`, 1000 - i]));
    const top = topFacetValues(many, [`P${LIMITS.facetValuesReturned + 4}`]);
    expect(Object.keys(top)).toHaveLength(LIMITS.facetValuesReturned + 1);
    expect(top.P0).toBe(1000);
    expect(top[`P${LIMITS.facetValuesReturned + 4}`]).toBe(1000 - LIMITS.facetValuesReturned - 4);
    expect(top[`P${LIMITS.facetValuesReturned}`]).toBeUndefined();
  });

  it('gives empty counts when the engine sent none', () => {
    expect(toFacetCounts(undefined, {}, none)).toEqual({ persons: {}, countries: {}, date: {} });
  });
});

describe('toSearchResult', () => {
  it('maps hits with their article’s title and source, total and facets', () => {
    const main = {
      hits: [stored],
      totalHits: 42,
      page: 1,
      hitsPerPage: 1,
      totalPages: 42,
      processingTimeMs: 1,
      query: 'arme',
      facetDistribution: { persons: { 'Benny Gantz': 42 }, countries: { IL: 40 }, period: { '2021': 42 } },
    } as SearchResponse<StoredParagraph>;
    const counting = { hits: [], processingTimeMs: 1, query: 'arme', facetDistribution: { countries: { IL: 40, PS: 7 } } } as SearchResponse<StoredParagraph>;
    const articles = new Map([['a', { article: 'a', title: 'Le titre', date: '2021-11', source: 'Le Monde', source_url: null }]]);
    const plan = { disjunctive: ['countries' as const], filters: { ...none, countries: ['IL'] } };
    const result = toSearchResult([main, counting], plan, articles, 3.6, createQueryMatcher(parseQuery('armée')));
    expect(result.total).toBe(42);
    expect(result.took_ms).toBe(4);
    expect(result.facets.countries).toEqual({ IL: 40, PS: 7 });
    expect(result.facets.date).toEqual({ '2021': 42 });
    expect(result.hits[0]).toMatchObject({
      id: 'a-1',
      article: 'a',
      facets: { persons: ['Benny Gantz'], countries: ['IL'] },
      title: 'Le titre',
      source: 'Le Monde',
      highlight: expect.stringContaining('<mark>armée</mark>'),
    });
    expect(result.hits[0]).not.toHaveProperty('_formatted');
    expect(result.hits[0]).not.toHaveProperty('url');
  });
});


import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { IndexChangedError, InvalidQueryError } from '../errors';
import { emptyFilters } from '../facets';
import type { StreamedHit } from '../types';
import { STREAM_PAGE } from './match-set';
import { MeilisearchEngine } from './meilisearch-engine';
import { MAX_TOTAL_HITS } from './settings';

/*
 * The adapter's paging of a whole match set, on a stand-in for the client object that answers
 * from an in-memory list of hits. Not a test of Meilisearch (the shared contract runs against a
 * real server when one is configured).
 */

const hitAt = (i: number) => ({ id: `a${i % 7}-${i}`, article: `a${i % 7}`, position: 1, section: null, text: `t${i}`, date: '2022-03', persons: ['P'], countries: [] });

function standIn(options: { total: number; totalAfterFirstPage?: number; articles?: number }) {
  const requests: MultiSearchQuery[] = [];
  let pagesServed = 0;
  const client = {
    async multiSearch({ queries }: { queries: MultiSearchQuery[] }) {
      requests.push(...queries);
      return {
        results: queries.map((query) => {
          if (query.distinct === 'article') return { hits: [], totalHits: options.articles ?? 0 };
          if (query.attributesToRetrieve?.join() === 'date' && query.sort) return { hits: [{ date: query.sort[0] === 'date_sort:asc' ? '2021-01-02' : '2022-03-04' }], totalHits: options.total };
          if (query.hitsPerPage !== STREAM_PAGE) {
            return { hits: [hitAt(0)], totalHits: options.total, facetDistribution: { persons: { P: options.total, Q: 2 }, period: { '2022': 5, '2022-03': 5 } } };
          }
          const page = query.page ?? 1;
          const total = pagesServed++ >= 1 && options.totalAfterFirstPage !== undefined ? options.totalAfterFirstPage : options.total;
          const start = (page - 1) * STREAM_PAGE;
          const hits = Array.from({ length: Math.max(0, Math.min(STREAM_PAGE, options.total - start)) }, (_, k) => hitAt(start + k));
          return { hits, totalHits: total };
        }),
      };
    },
    index() {
      return {
        async search(_q: string, params: { filter: string[][] }) {
          const ids = params.filter[0]!.map((clause) => /"(.*)"/.exec(clause)![1]!);
          return { hits: ids.map((article) => ({ article, title: `Titre ${article}`, date: '2022-03', source: null, source_url: null })) };
        },
      };
    },
  } as unknown as Meilisearch;
  return { engine: new MeilisearchEngine(client, client, 'paragraphs'), requests };
}

async function collect(hits: AsyncIterable<StreamedHit>): Promise<StreamedHit[]> {
  const all: StreamedHit[] = [];
  for await (const hit of hits) all.push(hit);
  return all;
}

const everything = { q: '', filters: emptyFilters() };

describe('MeilisearchEngine match sets', () => {
  it('streams every page of the set in order, each hit with its article’s title', async () => {
    const { engine, requests } = standIn({ total: 2 * STREAM_PAGE + 5 });
    const hits = await collect(engine.streamHits({ ...everything, sort: 'ancien' }));
    expect(hits.map((h) => h.text)).toEqual(Array.from({ length: 2 * STREAM_PAGE + 5 }, (_, i) => `t${i}`));
    expect(hits[8]).toMatchObject({ title: 'Titre a1', facets: { persons: ['P'], countries: [] } });
    const pages = requests.filter((r) => r.hitsPerPage === STREAM_PAGE);
    expect(pages.map((r) => r.page)).toEqual([1, 2, 3]);
    for (const page of pages) {
      expect(page.facets).toBeUndefined();
      expect(page.sort).toEqual(['date_sort:asc', 'article:asc', 'position:asc']);
    }
  });

  it('stops when the total moves between pages (a write landed), and refuses sets past maxTotalHits', async () => {
    const moving = standIn({ total: 2 * STREAM_PAGE, totalAfterFirstPage: 2 * STREAM_PAGE - 1 });
    await expect(collect(moving.engine.streamHits(everything))).rejects.toBeInstanceOf(IndexChangedError);
    const huge = standIn({ total: MAX_TOTAL_HITS + 1 });
    await expect(collect(huge.engine.streamHits(everything))).rejects.toBeInstanceOf(InvalidQueryError);
    expect(huge.requests.some((r) => r.hitsPerPage === STREAM_PAGE)).toBe(false);
  });

  it('summarizes from the main query’s own counts (not disjunctive) and a distinct-article count', async () => {
    const { engine, requests } = standIn({ total: 5, articles: 3 });
    const summary = await engine.summarizeMatches({ q: '', filters: { ...emptyFilters(), persons: ['P'] } });
    expect(summary).toEqual({
      paragraphs: 5,
      articles: 3,
      facets: { persons: { P: 5, Q: 2 }, countries: {}, date: { '2022': 5, '2022-03': 5 } },
      firstDate: '2021-01-02',
      lastDate: '2022-03-04',
    });
    expect(requests.find((r) => r.distinct === 'article')).toMatchObject({ hitsPerPage: 0, filter: [['persons = "P"']] });
  });
});

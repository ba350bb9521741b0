import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine';
import { InvalidQueryError } from '../errors';
import { emptyFilters, VALUE_FACETS } from '../facets';
import type { MatchQuery, Paragraph, SearchFilters, StreamedHit } from '../types';
import { ALL_PARAGRAPHS, CONTRACT_ARTICLES } from './fixtures';
import type { OpenContractEngine } from './engine-contract';

function matchQuery(q: string, overrides: Partial<Omit<MatchQuery, 'filters'>> & { filters?: Partial<SearchFilters> } = {}): MatchQuery {
  const { filters, ...rest } = overrides;
  return { q, filters: { ...emptyFilters(), ...filters }, ...rest };
}

async function collect(hits: AsyncIterable<StreamedHit>): Promise<StreamedHit[]> {
  const all: StreamedHit[] = [];
  for await (const hit of hits) all.push(hit);
  return all;
}

/** Counts per value over some fixture paragraphs, as an entity page expects them. */
function expectedCounts(paragraphs: readonly Paragraph[]): Record<string, Record<string, number>> {
  const count = (values: string[]) => {
    const counts: Record<string, number> = {};
    for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
    return counts;
  };
  const months = paragraphs.map((p) => p.date.slice(0, 7));
  return {
    ...Object.fromEntries(VALUE_FACETS.map((f) => [f.name, count(paragraphs.flatMap((p) => p.facets[f.name]))])),
    date: count([...months.map((m) => m.slice(0, 4)), ...months]),
  };
}

/**
 * Whole match sets: statistics (entity pages) and streamed hits (export), on every adapter.
 * Called from `describeEngineContract`; opens its own engine so the write cases cannot interfere.
 */
export function describeMatchSetContract(adapterName: string, open: OpenContractEngine): void {
  describe(`${adapterName} engine contract: match sets`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ engine, cleanup } = await open());
      const writer = await engine.beginWrite({ replaceAll: true });
      for (const article of CONTRACT_ARTICLES) await writer.putArticle(article);
      await writer.commit();
    });
    afterAll(async () => {
      await cleanup();
    });

    it('summarizes a filter with every facet counted inside it (not disjunctive)', async () => {
      const person = 'Emmanuel Macron';
      const expected = ALL_PARAGRAPHS.filter((p) => p.facets.persons.includes(person));
      const summary = await engine.summarizeMatches(matchQuery('', { filters: { persons: [person] } }));
      expect(summary.paragraphs).toBe(expected.length);
      expect(summary.articles).toBe(new Set(expected.map((p) => p.article)).size);
      expect(summary.facets).toEqual(expectedCounts(expected));
      const dates = expected.map((p) => p.date).sort();
      expect([summary.firstDate, summary.lastDate]).toEqual([dates[0], dates.at(-1)]);
    });

    it('summarizes filters on several facets: OR within one, AND across them', async () => {
      const persons = ['Emmanuel Macron', 'Joe Biden'];
      const expected = ALL_PARAGRAPHS.filter(
        (p) => p.facets.persons.some((n) => persons.includes(n)) && p.facets.countries.includes('US'),
      );
      const summary = await engine.summarizeMatches(matchQuery('', { filters: { persons, countries: ['US'] } }));
      expect(summary).toMatchObject({ paragraphs: expected.length, facets: expectedCounts(expected) });
      expect((await engine.summarizeMatches(matchQuery('', { filters: { persons: ['Personne Inconnue'] } }))).paragraphs).toBe(0);
    });

    it('summarizes a text query within a date range', async () => {
      const summary = await engine.summarizeMatches(matchQuery('Biden', { from: '2022', to: '2022-12' }));
      const expected = ALL_PARAGRAPHS.filter((p) => p.text.includes('Biden'));
      expect(summary.paragraphs).toBe(expected.length);
      expect(summary.articles).toBe(1);
      expect(summary.facets.persons).toEqual(expectedCounts(expected).persons);
      expect(await engine.summarizeMatches(matchQuery('Biden', { to: '2021' }))).toMatchObject({
        paragraphs: 0,
        articles: 0,
        firstDate: null,
        lastDate: null,
      });
    });

    it('streams every hit in the order of the paged search, with article title and source', async () => {
      for (const query of [
        matchQuery(''),
        matchQuery('', { sort: 'ancien', filters: { countries: ['MA'] } }),
        matchQuery('élection', { sort: 'pertinence' }),
        matchQuery('-Maroc', { sort: 'recent' }),
      ]) {
        const streamed = await collect(engine.streamHits(query));
        const paged = await engine.search({ ...query, page: 1, hitsPerPage: 100 });
        expect(streamed.map((h) => h.id), JSON.stringify(query)).toEqual(paged.hits.map((h) => h.id));
        expect(streamed.length).toBe(paged.total);
      }
      const [first] = await collect(engine.streamHits(matchQuery('coopération')));
      const source = CONTRACT_ARTICLES[0]!;
      expect(first).toEqual({
        ...ALL_PARAGRAPHS.find((p) => p.id === first?.id),
        title: source.meta.title,
        source: source.meta.source,
      });
    });

    it('refuses an invalid query before streaming', async () => {
      await expect(engine.summarizeMatches(matchQuery('x'.repeat(500)))).rejects.toBeInstanceOf(InvalidQueryError);
      await expect(collect(engine.streamHits(matchQuery('', { filters: { countries: ['Maroc'] } })))).rejects.toBeInstanceOf(
        InvalidQueryError,
      );
    });
  });
}

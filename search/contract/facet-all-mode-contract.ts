import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine';
import { InvalidQueryError } from '../errors';
import { VALUE_FACETS, type ValueFacetName } from '../facets';
import type { IndexedArticle, MatchQuery, Paragraph, ParagraphFacets, SearchFilters, StreamedHit } from '../types';
import { makeQuery, seedEngine, type OpenContractEngine } from './engine-contract';
import { paragraphsOf } from './fixtures';

const ADA = 'Ada Lovelace';
const BLAISE = 'Blaise Pascal';
const CHARLES = 'Charles Babbage';

function article(id: string, date: string, paragraphs: [string, Partial<ParagraphFacets>][]): IndexedArticle {
  return {
    id,
    fingerprint: `fp-${id}`,
    meta: { title: id, date, source: null, sourceUrl: null },
    paragraphs: paragraphs.map(([text, facets], i) => ({
      id: `${id}-p${i + 1}`,
      position: i + 1,
      section: null,
      text,
      facets: Object.fromEntries(VALUE_FACETS.map((f) => [f.name, facets[f.name] ?? []])) as ParagraphFacets,
    })),
  };
}

/** Paragraphs naming Ada alone, Blaise alone, both, both with Charles, Ada with Charles, nobody. */
const ARTICLES: IndexedArticle[] = [
  article('calcul', '2021-01-10', [
    ['Ada Lovelace publie ses notes.', { persons: [ADA], countries: ['GB'] }],
    ['Blaise Pascal présente sa machine à calculer.', { persons: [BLAISE], countries: ['FR'] }],
    ['Ada Lovelace cite Blaise Pascal dans ses notes.', { persons: [ADA, BLAISE], countries: ['FR'] }],
  ]),
  article('moteur', '2022-03-02', [
    ['Ada Lovelace, Blaise Pascal et Charles Babbage au salon de la machine.', { persons: [ADA, BLAISE, CHARLES], countries: ['GB'] }],
    ['Ada Lovelace décrit la machine de Charles Babbage.', { persons: [ADA, CHARLES], countries: ['GB'] }],
    ['Le salon ferme ses portes.', { persons: [], countries: ['GB'] }],
  ]),
  article('heritage', '2023-05-20', [
    ['Ada Lovelace et Blaise Pascal, pionniers célébrés à Paris et Londres.', { persons: [ADA, BLAISE], countries: ['FR', 'GB'] }],
  ]),
];

const PARAGRAPHS = paragraphsOf(ARTICLES);

type Filters = Partial<SearchFilters>;

/** The reference: the fixture paragraphs a filter keeps (`all` mode: every value on the paragraph). */
function expected(filters: Filters, paragraphs: readonly Paragraph[] = PARAGRAPHS): Paragraph[] {
  return paragraphs.filter((p) =>
    VALUE_FACETS.every(({ name }) => {
      const selected = filters[name] ?? [];
      if (selected.length === 0) return true;
      const held = (v: string) => p.facets[name].includes(v);
      return filters.allOf?.includes(name) ? selected.every(held) : selected.some(held);
    }),
  );
}

/** A facet's counts within some paragraphs. */
function countsOf(facet: ValueFacetName, paragraphs: readonly Paragraph[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of paragraphs) for (const v of p.facets[facet]) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

const ids = (list: readonly { id: string }[]) => list.map((p) => p.id).sort();

async function collect(hits: AsyncIterable<StreamedHit>): Promise<StreamedHit[]> {
  const all: StreamedHit[] = [];
  for await (const hit of hits) all.push(hit);
  return all;
}

const BOTH: Filters = { persons: [ADA, BLAISE], allOf: ['persons'] };

/** "All of these values" within one facet (persons named together), on every adapter. */
export function describeFacetAllModeContract(adapterName: string, open: OpenContractEngine): void {
  describe(`${adapterName} engine contract: all of a facet's values`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const search = (q: string, filters: Filters, more: Parameters<typeof makeQuery>[1] = {}) =>
      engine.search(makeQuery(q, { ...more, filters }));
    const matchQuery = (q: string, filters: Filters): MatchQuery => ({ q, filters: makeQuery(q, { filters }).filters });

    beforeAll(async () => {
      ({ engine, cleanup } = await open());
      await seedEngine(engine, ARTICLES);
    });
    afterAll(async () => {
      await cleanup();
    });

    it('keeps only the paragraphs holding every selected value, where any mode keeps either', async () => {
      const both = await search('', BOTH);
      expect(ids(both.hits)).toEqual(ids(expected(BOTH)));
      expect(both.total).toBe(expected(BOTH).length);
      for (const hit of both.hits) expect(hit.facets.persons).toEqual(expect.arrayContaining([ADA, BLAISE]));
      const either = await search('', { persons: [ADA, BLAISE] });
      expect(either.total).toBe(expected({ persons: [ADA, BLAISE] }).length);
      expect(either.total).toBeGreaterThan(both.total);
    });

    it('counts the facet in all mode within the matches, the other facets disjunctively', async () => {
      const filters: Filters = { ...BOTH, countries: ['FR'] };
      const result = await search('', filters);
      const matches = expected(filters);
      expect(result.total).toBe(matches.length);
      // Persons: what adding a person to the selection would keep.
      expect(result.facets.persons).toEqual(countsOf('persons', matches));
      // Countries: every filter but the countries' own, as in any mode.
      expect(result.facets.countries).toEqual(countsOf('countries', expected(BOTH)));
    });

    it('combines all mode with a text query, a date range, an order and pages', async () => {
      const text = await search('machine', BOTH);
      const withWord = expected(BOTH).filter((p) => p.text.includes('machine'));
      expect(ids(text.hits)).toEqual(ids(withWord));
      expect(text.facets.persons).toEqual(countsOf('persons', withWord));
      const ranged = await search('', BOTH, { from: '2022', to: '2022-12' });
      expect(ids(ranged.hits)).toEqual(ids(expected(BOTH).filter((p) => p.date.startsWith('2022'))));
      const pages = await Promise.all([1, 2].map((page) => search('', BOTH, { sort: 'ancien', page, hitsPerPage: 2 })));
      const paged = pages.flatMap((r) => r.hits);
      expect(paged.map((h) => h.date)).toEqual(paged.map((h) => h.date).sort());
      expect(ids(paged)).toEqual(ids(expected(BOTH)));
    });

    it('applies all mode to any values facet (countries named together)', async () => {
      const filters: Filters = { countries: ['FR', 'GB'], allOf: ['countries'] };
      const result = await search('', filters);
      expect(ids(result.hits)).toEqual(ids(expected(filters)));
      expect(result.total).toBe(1);
      const acrossFacets = await search('', { ...BOTH, ...filters, allOf: ['persons', 'countries'] });
      expect(ids(acrossFacets.hits)).toEqual(ids(expected({ ...BOTH, ...filters, allOf: ['persons', 'countries'] })));
    });

    it('finds nothing when one required value is on no paragraph, and one value is any mode', async () => {
      expect((await search('', { persons: [ADA, 'Personne Inconnue'], allOf: ['persons'] })).total).toBe(0);
      expect((await search('machine', { persons: [ADA, 'Personne Inconnue'], allOf: ['persons'] })).total).toBe(0);
      const single = await search('', { persons: [ADA], allOf: ['persons'] });
      const plain = await search('', { persons: [ADA] });
      expect(single).toMatchObject({ total: plain.total, facets: plain.facets });
    });

    it('summarizes and streams the same match set', async () => {
      const matches = expected(BOTH);
      const summary = await engine.summarizeMatches(matchQuery('', BOTH));
      expect(summary.paragraphs).toBe(matches.length);
      expect(summary.articles).toBe(new Set(matches.map((p) => p.article)).size);
      expect(summary.facets.persons).toEqual(countsOf('persons', matches));
      expect(summary.facets.countries).toEqual(countsOf('countries', matches));
      const streamed = await collect(engine.streamHits(matchQuery('', BOTH)));
      expect(ids(streamed)).toEqual(ids(matches));
    });

    it('searches a facet in all mode within the matches (its selection kept)', async () => {
      const query = makeQuery('', { filters: BOTH });
      const found = await engine.searchFacetValues({ facet: 'persons', text: 'charles', query });
      expect(found).toEqual([{ value: CHARLES, count: countsOf('persons', expected(BOTH))[CHARLES] }]);
      const anyQuery = makeQuery('', { filters: { persons: [ADA, BLAISE] } });
      const anyMode = await engine.searchFacetValues({ facet: 'persons', text: 'charles', query: anyQuery });
      expect(anyMode).toEqual([{ value: CHARLES, count: countsOf('persons', PARAGRAPHS)[CHARLES] }]);
    });

    it('refuses all mode on a facet that is not a values facet', async () => {
      const bad = { persons: [], countries: [], date: ['2021', '2022'], allOf: ['date'] } as unknown as SearchFilters;
      await expect(engine.search(makeQuery('', { filters: bad }))).rejects.toBeInstanceOf(InvalidQueryError);
      await expect(engine.search(makeQuery('', { filters: { allOf: ['organisations'] } as unknown as Filters }))).rejects.toBeInstanceOf(
        InvalidQueryError,
      );
    });
  });
}

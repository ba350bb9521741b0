import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine';
import { InvalidQueryError } from '../errors';
import type { FacetValueSearch } from '../facet-values';
import { LIMITS } from '../limits';
import type { IndexedArticle, ParagraphFacets } from '../types';
import { makeQuery, seedEngine, type OpenContractEngine } from './engine-contract';

function article(id: string, date: string, paragraphs: [string, ParagraphFacets][]): IndexedArticle {
  return {
    id,
    fingerprint: `fp-${id}`,
    meta: { title: id, date, source: null, sourceUrl: null },
    paragraphs: paragraphs.map(([text, facets], i) => ({ id: `${id}-p${i + 1}`, position: i + 1, section: null, text, facets })),
  };
}

const BEN_ALI = 'Zine el-Abidine Ben Ali';
const DURANDS = Array.from({ length: LIMITS.facetValueMatches + 5 }, (_, i) => `Agent ${String(i + 1).padStart(2, '0')} Durand`);

/**
 * Persons: Benny Gantz 3, Zine el-Abidine Ben Ali 2, Jean-Noël Barrot 1, Benoît Hamon 1, and more
 * Durands than a search returns. Countries: MA 3, TN 2, FR 1.
 */
const ARTICLES: IndexedArticle[] = [
  article('visites', '2021-05-10', [
    ['Benny Gantz a rencontré Zine el-Abidine Ben Ali à Tunis.', { persons: ['Benny Gantz', BEN_ALI], countries: ['TN'] }],
    ['Benny Gantz a visité le Maroc.', { persons: ['Benny Gantz'], countries: ['MA'] }],
    ['Jean-Noël Barrot est venu au Maroc avec Benny Gantz.', { persons: ['Benny Gantz', 'Jean-Noël Barrot'], countries: ['FR', 'MA'] }],
  ]),
  article('tunisie', '2022-02-01', [
    ['Ben Ali et Benoît Hamon en Tunisie.', { persons: ['Benoît Hamon', BEN_ALI], countries: ['TN'] }],
    ['Le climat au Maroc.', { persons: [], countries: ['MA'] }],
  ]),
  article('agents', '2020-01-01', [['Une liste d’agents.', { persons: DURANDS, countries: [] }]]),
];

const COUNTRY_NAMES: Record<string, string> = { MA: 'Maroc', TN: 'Tunisie', FR: 'France' };

/** Facet value search on every adapter: any word of a value, counted under the search. */
export function describeFacetValueContract(adapterName: string, open: OpenContractEngine): void {
  describe(`${adapterName} engine contract: facet value search`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const persons = (text: string, query = makeQuery('')) => engine.searchFacetValues({ facet: 'persons', text, query });

    beforeAll(async () => {
      ({ engine, cleanup } = await open());
      await seedEngine(engine, ARTICLES);
    });
    afterAll(async () => {
      await cleanup();
    });

    it('finds a value by any word of it, case, accents and hyphens folded, most frequent first', async () => {
      expect(await persons('gantz')).toEqual([{ value: 'Benny Gantz', count: 3 }]);
      expect(await persons('GÄNTZ')).toEqual([{ value: 'Benny Gantz', count: 3 }]);
      expect(await persons('noel')).toEqual([{ value: 'Jean-Noël Barrot', count: 1 }]);
      expect(await persons('ben')).toEqual([
        { value: 'Benny Gantz', count: 3 },
        { value: BEN_ALI, count: 2 },
        { value: 'Benoît Hamon', count: 1 },
      ]);
      expect(await persons('ben ali')).toEqual([{ value: BEN_ALI, count: 2 }]);
      expect(await persons('antz')).toEqual([]);
    });

    it('counts under the query, the date range and the other facets, ignoring its own selection', async () => {
      expect(await persons('ben', makeQuery('Maroc'))).toEqual([{ value: 'Benny Gantz', count: 2 }]);
      expect(await persons('ben', makeQuery('', { filters: { persons: ['Benny Gantz'] } }))).toEqual([
        { value: 'Benny Gantz', count: 3 },
        { value: BEN_ALI, count: 2 },
        { value: 'Benoît Hamon', count: 1 },
      ]);
      expect(await persons('ben', makeQuery('', { filters: { countries: ['TN'] } }))).toEqual([
        { value: BEN_ALI, count: 2 },
        { value: 'Benny Gantz', count: 1 },
        { value: 'Benoît Hamon', count: 1 },
      ]);
      expect(await persons('ben', makeQuery('', { from: '2022' }))).toEqual([
        { value: 'Benoît Hamon', count: 1 },
        { value: BEN_ALI, count: 1 },
      ]);
      expect(await persons('ben', makeQuery('-Maroc'))).toEqual([
        { value: BEN_ALI, count: 2 },
        { value: 'Benny Gantz', count: 1 },
        { value: 'Benoît Hamon', count: 1 },
      ]);
    });

    it('follows the fallback of a query no paragraph fully matches', async () => {
      expect(await persons('ben', makeQuery('Gantz Tokyo'))).toEqual([
        { value: 'Benny Gantz', count: 3 },
        { value: BEN_ALI, count: 1 },
      ]);
    });

    it('matches codes by the names they are shown under', async () => {
      const countries = (text: string) =>
        engine.searchFacetValues({ facet: 'countries', text, query: makeQuery(''), label: (code) => COUNTRY_NAMES[code] ?? code });
      expect(await countries('tun')).toEqual([{ value: 'TN', count: 2 }]);
      expect(await countries('MAROC')).toEqual([{ value: 'MA', count: 3 }]);
      expect(await countries('fr')).toEqual([{ value: 'FR', count: 1 }]);
    });

    it('returns at most LIMITS.facetValueMatches values, ties by name', async () => {
      expect(await persons('durand')).toEqual(DURANDS.slice(0, LIMITS.facetValueMatches).map((value) => ({ value, count: 1 })));
    });

    it('refuses a facet without values, an empty or too long text', async () => {
      const bad: FacetValueSearch[] = [
        { facet: 'date' as 'persons', text: '2021', query: makeQuery('') },
        { facet: 'persons', text: ' - ', query: makeQuery('') },
        { facet: 'persons', text: 'a'.repeat(LIMITS.filterValueLength + 1), query: makeQuery('') },
        { facet: 'persons', text: 'gantz', query: makeQuery('x'.repeat(LIMITS.queryLength + 1)) },
      ];
      for (const request of bad) await expect(engine.searchFacetValues(request)).rejects.toBeInstanceOf(InvalidQueryError);
    });
  });
}

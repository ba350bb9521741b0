import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine';
import { InvalidQueryError } from '../errors';
import { emptyFilters } from '../facets';
import { LIMITS } from '../limits';
import type { IndexedArticle, SearchFilters, SearchQuery, SearchResult } from '../types';
import { describeFormerParagraphContract } from './former-paragraph-contract';
import { describeSuggestionContract } from './suggestion-contract';
import { ALL_PARAGRAPHS, CONTRACT_ARTICLES, fixtureId, paragraphsOf, RANKING_ARTICLES } from './fixtures';
import { describeFacetValueContract } from './facet-values-contract';
import { describePersonSpellingsContract } from './person-spellings-contract';
import { describeMatchSetContract } from './match-set-contract';
import { describeFacetAllModeContract } from './facet-all-mode-contract';

/** A fresh, empty engine for the suite, and how to dispose of it. */
export type OpenContractEngine = () => Promise<{ engine: SearchEngine; cleanup: () => Promise<void> }>;

const NO_FILTERS: SearchFilters = emptyFilters();

/** A query with no filter, page 1 and 20 hits per page unless overridden. */
export function makeQuery(
  q: string,
  overrides: Partial<Omit<SearchQuery, 'q' | 'filters'>> & { filters?: Partial<SearchFilters> } = {},
): SearchQuery {
  const { filters, page, hitsPerPage, ...rest } = overrides;
  return { q, filters: { ...NO_FILTERS, ...filters }, page: page ?? 1, hitsPerPage: hitsPerPage ?? 20, ...rest };
}

export async function seedEngine(engine: SearchEngine, articles: IndexedArticle[]): Promise<void> {
  const writer = await engine.beginWrite({ replaceAll: true });
  for (const article of articles) await writer.putArticle(article);
  await writer.commit();
}

const ids = (result: SearchResult) => result.hits.map((h) => h.id);

/**
 * The behaviour every `SearchEngine` adapter must show, written from Meilisearch's
 * documented behaviour plus French stemming. Defines vitest suites; importing it runs nothing.
 */
export function describeEngineContract(adapterName: string, open: OpenContractEngine): void {
  describeMatchSetContract(adapterName, open);
  describe(`${adapterName} engine contract`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const search = (q: string, overrides: Parameters<typeof makeQuery>[1] = {}) => engine.search(makeQuery(q, overrides));

    beforeAll(async () => {
      ({ engine, cleanup } = await open());
      await seedEngine(engine, CONTRACT_ARTICLES);
    });
    afterAll(async () => {
      await cleanup();
    });

    describe('documents', () => {
      it('returns a paragraph by id exactly as indexed', async () => {
        for (const paragraph of ALL_PARAGRAPHS) expect(await engine.getParagraph(paragraph.id)).toEqual(paragraph);
        expect(await engine.getParagraph('no-such-paragraph')).toBeNull();
      });

      it('returns a whole article with its paragraphs in order', async () => {
        const source = CONTRACT_ARTICLES[0]!;
        const article = await engine.getArticle(source.id);
        expect(article?.paragraphs).toEqual(paragraphsOf([source]));
        expect(article?.id).toBe(source.id);
        expect(article?.meta).toEqual({
          title: 'Coopération de défense',
          date: '2021-03-15',
          source: 'Le Quotidien',
          sourceUrl: 'https://example.org/a',
        });
        expect(await engine.getArticle('no-such-article')).toBeNull();
      });

      it('lists every article fingerprint', async () => {
        const fingerprints = await engine.getArticleFingerprints();
        expect(Object.fromEntries(fingerprints)).toEqual(
          Object.fromEntries(CONTRACT_ARTICLES.map((a) => [a.id, a.fingerprint])),
        );
      });
    });

    describe('French matching', () => {
      it('ignores case and accents', async () => {
        expect(ids(await search('defense'))).toEqual([fixtureId('maroc-defense', 1)]);
        expect(ids(await search('DÉFENSE'))).toEqual([fixtureId('maroc-defense', 1)]);
        expect(ids(await search('Etats-Unis'))).toEqual([fixtureId('elections-usa', 1)]);
      });

      it('strips elisions written with either apostrophe', async () => {
        for (const q of ['armee', "l'armée", 'l’armée', "L'ARMEE"]) {
          expect(ids(await search(q)), q).toEqual([fixtureId('maroc-defense', 2)]);
        }
      });

      it('finds hyphenated words by their parts and as a whole', async () => {
        for (const q of ['garde-côtes', 'garde cotes', 'garde-cotes', 'cotes']) {
          expect(ids(await search(q)), q).toEqual([fixtureId('maroc-defense', 2)]);
        }
      });

      it('matches the last word as a prefix, not the others', async () => {
        expect(ids(await search('coop'))).toEqual([fixtureId('maroc-defense', 1)]);
        expect(ids(await search('coop maroc'))).toEqual([]);
      });

      it('tolerates typos by Meilisearch rule: 1 from 5 letters, 2 from 9, first letter costs 2', async () => {
        expect(ids(await search('tempate'))).toEqual([fixtureId('tempete-tanger', 1)]);
        expect(ids(await search('tampate'))).toEqual([]);
        expect(ids(await search('sempete'))).toEqual([]);
        expect(ids(await search('negosiatoins'))).toEqual([fixtureId('elections-usa', 2)]);
        expect(ids(await search('begociations'))).toEqual([fixtureId('elections-usa', 2)]);
        expect(ids(await search('begosiations'))).toEqual([]);
        expect(ids(await search('pord '))).toEqual([]);
      });

      it('ranks exact matches above prefix matches', async () => {
        expect(ids(await search('port'))).toEqual([fixtureId('tempete-tanger', 1), fixtureId('tempete-tanger', 2)]);
      });

      it('does not require stop words to match', async () => {
        expect(ids(await search('la guerre des étoiles'))).toEqual([fixtureId('cinema', 1)]);
      });

      it('matches plural, singular and common inflections', async () => {
        expect(new Set(ids(await search('élection ')))).toEqual(
          new Set([fixtureId('elections-usa', 1), fixtureId('tempete-tanger', 3)]),
        );
        expect(ids(await search('négociation'))).toEqual([fixtureId('elections-usa', 2)]);
        expect(ids(await search('marocaines'))).toEqual([fixtureId('maroc-defense', 2)]);
        expect(ids(await search('marocain '))).toEqual([fixtureId('maroc-defense', 2)]);
      });

      it('folds plurals and feminines only, never a derivation, nor an indexed word as a typo', async () => {
        // "ministère" is one edit from "ministre": both are indexed, so neither is read as a typo.
        expect(ids(await search('ministre'))).toEqual([fixtureId('tempete-tanger', 3)]);
        expect(ids(await search('ministère'))).toEqual([fixtureId('tempete-tanger', 2)]);
        expect(ids(await search('négocier'))).toEqual([]);
        expect(ids(await search('Maroc '))).toEqual([fixtureId('maroc-defense', 1)]);
      });

      it('requires every non-stop word', async () => {
        expect(ids(await search('Biden Macron'))).toEqual([fixtureId('elections-usa', 3)]);
      });
    });

    describe('query language', () => {
      const macron = [fixtureId('maroc-defense', 3), fixtureId('elections-usa', 3)];

      it('matches a quoted phrase: its words adjacent and in order, stop words in place', async () => {
        expect(new Set(ids(await search('"Emmanuel Macron"')))).toEqual(new Set(macron));
        expect(ids(await search('"Macron Emmanuel"'))).toEqual([]);
        expect(ids(await search('« président Biden »'))).toEqual([fixtureId('elections-usa', 3)]);
        expect(ids(await search('"coopération de défense"'))).toEqual([fixtureId('maroc-defense', 1)]);
        expect(ids(await search('"coopération défense"'))).toEqual([]);
      });

      it('folds accents and apostrophes in a phrase but neither stems nor corrects it', async () => {
        expect(ids(await search('"l\'ARMEE marocaine"'))).toEqual([fixtureId('maroc-defense', 2)]);
        expect(ids(await search('"armées marocaines"'))).toEqual([]);
        expect(ids(await search('"tempate"'))).toEqual([]);
        expect(ids(await search('"coop"'))).toEqual([]);
      });

      it('highlights a phrase as a phrase', async () => {
        const [hit] = (await search('"port de Tanger"')).hits;
        expect(hit?.highlight).toBe('Une tempête a frappé le <mark>port</mark> <mark>de</mark> <mark>Tanger</mark>.');
      });

      it('excludes -word and -"a phrase", never highlighting them', async () => {
        expect(ids(await search('Macron -Biden'))).toEqual([fixtureId('maroc-defense', 3)]);
        expect(ids(await search('Macron -"président Biden"'))).toEqual([fixtureId('maroc-defense', 3)]);
        expect(new Set(ids(await search('Macron -"Biden président"')))).toEqual(new Set(macron));
        const [hit] = (await search('Biden -Congrès')).hits;
        expect(hit?.id).toBe(fixtureId('elections-usa', 3));
        expect(hit?.highlight).not.toContain('<mark>Macron');
      });

      it('never reads a hyphen inside a word as an exclusion', async () => {
        expect(ids(await search('mi-mandat'))).toEqual([fixtureId('elections-usa', 1)]);
        expect(new Set(ids(await search('Emmanuel-Macron')))).toEqual(new Set(macron));
      });

      it('returns every paragraph without the excluded words for a query of exclusions only, newest first', async () => {
        const result = await search('-Macron -"port de Tanger"', { hitsPerPage: 50 });
        const expected = ALL_PARAGRAPHS.filter((p) => !/Macron|port de Tanger/.test(p.text)).map((p) => p.id);
        expect(new Set(ids(result))).toEqual(new Set(expected));
        expect(result.total).toBe(expected.length);
        const dates = result.hits.map((h) => h.date);
        expect(dates).toEqual([...dates].sort().reverse());
        expect(result.relaxed).toBeNull();
      });

      it('drops words from the end when no paragraph holds them all, and says so', async () => {
        const relaxed = await search('Biden Gantz Tokyo');
        expect(new Set(ids(relaxed))).toEqual(new Set([fixtureId('elections-usa', 2), fixtureId('elections-usa', 3)]));
        expect(relaxed.relaxed).toEqual({ droppedWords: ['Gantz', 'Tokyo'], effectiveQuery: 'Biden' });
        expect(relaxed.hits[0]?.highlight).toContain('<mark>Biden</mark>');
        expect((await search('Biden Macron')).relaxed).toBeNull();
        const none = await search('Gantz Biden');
        expect({ total: none.total, relaxed: none.relaxed }).toEqual({ total: 0, relaxed: null });
        const excluding = await search('Macron Gantz -Congrès');
        expect(excluding.relaxed).toEqual({ droppedWords: ['Gantz'], effectiveQuery: 'Macron -Congrès' });
        expect(excluding.total).toBe(2);
      });
    });

    describe('hits and highlight', () => {
      it('returns whole paragraphs with their article’s title and source', async () => {
        const result = await search('Biden');
        expect(result.total).toBe(2);
        for (const hit of result.hits) {
          const { highlight, snippet, title, source, ...paragraph } = hit;
          expect(snippet).toBe(highlight);
          expect(paragraph).toEqual(ALL_PARAGRAPHS.find((p) => p.id === hit.id));
          expect({ title, source }).toEqual({ title: 'Mi-mandat', source: null });
          expect(highlight).toContain('<mark>Biden</mark>');
        }
        const [hit] = (await search('armée')).hits;
        expect({ title: hit?.title, source: hit?.source }).toEqual({ title: 'Coopération de défense', source: 'Le Quotidien' });
      });

      it('marks every matched word, keeping accents and apostrophes as written', async () => {
        const [hit] = (await search("l'armee garde-cotes")).hits;
        expect(hit?.highlight).toBe(
          'L’<mark>armée</mark> marocaine a reçu des <mark>garde</mark>-<mark>côtes</mark> venus d’Espagne.',
        );
      });

      it('marks words matched by prefix, typo and stem', async () => {
        expect((await search('coop')).hits[0]?.highlight).toContain('<mark>coopération</mark>');
        expect((await search('tempate')).hits[0]?.highlight).toContain('<mark>tempête</mark>');
        expect((await search('négociation')).hits[0]?.highlight).toContain('<mark>négociations</mark>');
      });

      it('escapes HTML in the text', async () => {
        const hit = (await search('ministre')).hits.find((h) => h.id === fixtureId('tempete-tanger', 3));
        expect(hit?.highlight).toBe(
          'Le <mark>ministre</mark> a annoncé une élection anticipée &amp; des &lt;mesures&gt; &quot;exceptionnelles&quot; aujourd&#39;hui.',
        );
      });
    });

    describe('empty query and facets', () => {
      it('returns every paragraph, newest first, with facet counts', async () => {
        const result = await search('', { hitsPerPage: 50 });
        expect(result.total).toBe(ALL_PARAGRAPHS.length);
        const dates = result.hits.map((h) => h.date);
        expect(dates).toEqual([...dates].sort().reverse());
        expect(result.hits[0]?.id).toBe(fixtureId('tempete-tanger', 1));
        expect(result.facets.countries).toEqual({ MA: 5, FR: 3, US: 3, ES: 1, UA: 1 });
        expect(result.facets.persons).toEqual({ 'Emmanuel Macron': 2, 'Joe Biden': 2 });
        expect(result.facets.date).toEqual({ '2021': 3, '2021-03': 3, '2022': 3, '2022-11': 3, '2023': 4, '2023-01': 4 });
      });

      it('pages through the results without changing the total', async () => {
        const all = await search('', { hitsPerPage: 50 });
        const page2 = await search('', { hitsPerPage: 4, page: 2 });
        expect(page2.total).toBe(all.total);
        expect(ids(page2)).toEqual(ids(all).slice(4, 8));
        expect((await search('', { hitsPerPage: 4, page: 4 })).hits).toEqual([]);
      });

      it('ORs values within a facet and ANDs across facets', async () => {
        expect((await search('', { filters: { ...NO_FILTERS, countries: ['FR'] } })).total).toBe(3);
        expect((await search('', { filters: { ...NO_FILTERS, countries: ['FR', 'US'] } })).total).toBe(5);
        const both = await search('', { filters: { ...NO_FILTERS, countries: ['FR'], persons: ['Joe Biden'] } });
        expect(ids(both)).toEqual([fixtureId('elections-usa', 3)]);
      });

      it('counts a facet with a selection as if its own selection were not made (disjunctive)', async () => {
        const result = await search('', { filters: { ...NO_FILTERS, countries: ['FR'], persons: ['Joe Biden'] } });
        expect(result.facets.countries).toEqual({ US: 2, FR: 1, UA: 1 });
        expect(result.facets.persons).toEqual({ 'Emmanuel Macron': 2, 'Joe Biden': 1 });
        expect(result.facets.date).toEqual({ '2022': 1, '2022-11': 1 });
      });

      it('combines a query with facets over the matching set only', async () => {
        const result = await search('Macron');
        expect(result.total).toBe(2);
        expect(result.facets.countries).toEqual({ FR: 2, UA: 1, US: 1 });
        expect(result.facets.date).toEqual({ '2021': 1, '2021-03': 1, '2022': 1, '2022-11': 1 });
      });

      it('pages and refines a text query consistently', async () => {
        const all = await search('Macron');
        const first = await search('Macron', { hitsPerPage: 1 });
        const second = await search('Macron', { hitsPerPage: 1, page: 2 });
        expect([...ids(first), ...ids(second)]).toEqual(ids(all));
        expect(first.total).toBe(2);
        const refined = await search('Macron', { filters: { ...NO_FILTERS, countries: ['UA'] } });
        expect(ids(refined)).toEqual([fixtureId('elections-usa', 3)]);
        expect((await search('Macron')).total).toBe(2);
      });

      it('filters dates by year or month', async () => {
        expect((await search('', { filters: { ...NO_FILTERS, date: ['2021'] } })).total).toBe(3);
        expect((await search('', { filters: { ...NO_FILTERS, date: ['2023-01'] } })).total).toBe(4);
        expect((await search('', { filters: { ...NO_FILTERS, date: ['2022-11', '2021'] } })).total).toBe(6);
      });
    });

    describe('hostile input', () => {
      const hostileQueries = [
        '"défense',
        'défense"',
        'NEAR(défense maroc)',
        'défense OR maroc',
        'défense*',
        '^défense',
        'words: défense',
        'défense AND NOT maroc',
        '(((',
        '***',
        "'; DROP TABLE paragraphs; --",
        'dé\u0000fense\u0007\u001b[31m',
        '\\"\\\\',
        'défense '.repeat(LIMITS.queryLength / 8),
        '\uFFFF\uD800 lone surrogate',
        '<script>alert(1)</script>',
      ];

      it('never throws on a hostile query', async () => {
        for (const q of hostileQueries) {
          const result = await search(q);
          expect(result.total, JSON.stringify(q.slice(0, 40))).toBeGreaterThanOrEqual(0);
          expect(result.hits.length).toBeLessThanOrEqual(result.total);
        }
      });

      it('still finds the words of a query wrapped in operators', async () => {
        for (const q of ['"défense', 'défense"', 'défense*', '^défense', 'défense:']) {
          expect(ids(await search(q)), q).toEqual([fixtureId('maroc-defense', 1)]);
        }
      });

      it('refuses filter values carrying operators instead of widening the filter', async () => {
        const attempts: Partial<SearchFilters>[] = [
          { countries: ['FR" OR countries = "MA'] },
          { countries: ["FR' OR '1'='1"] },
          { countries: ['*'] },
          { persons: ['Joe Biden\\'] },
          { persons: ['Joe Biden" OR persons EXISTS OR persons = "'] },
          { date: ['2021" OR date > "0'] },
          { date: ['20'] },
          { date: ['2021-3'] },
          { date: ['*'] },
        ];
        for (const filters of attempts) {
          await expect(search('', { filters }), JSON.stringify(filters)).rejects.toBeInstanceOf(InvalidQueryError);
        }
      });
    });

    describe('limits and errors', () => {
      const refused = (query: SearchQuery) => expect(engine.search(query)).rejects.toBeInstanceOf(InvalidQueryError);

      it('accepts a query at the length limit and refuses a longer one', async () => {
        const atLimit = `défense ${'x'.repeat(LIMITS.queryLength - 8)}`;
        expect((await search(atLimit)).relaxed?.droppedWords).toEqual(['x'.repeat(LIMITS.queryLength - 8)]);
        await refused(makeQuery('x'.repeat(LIMITS.queryLength + 1)));
      });

      it('considers at most the query-parts limit, counting the parts of hyphenated words', async () => {
        // One part over the cap, and it is the only one that matches nothing: it must be dropped.
        const overCap = `${'défense '.repeat(LIMITS.queryParts - 1)}défense-zzzintrouvable`;
        const capped = await search(overCap);
        expect(ids(capped)).toEqual([fixtureId('maroc-defense', 1)]);
        expect(capped.relaxed).toBeNull();
        // Within the cap the unmatched part counts: nothing holds every word, and the fallback says so.
        const withinCap = await search(`${'défense '.repeat(LIMITS.queryParts - 2)}défense-zzzintrouvable`);
        expect(withinCap.relaxed?.droppedWords).toEqual(['défense-zzzintrouvable']);
      });

      it('accepts the filter-value limit per facet and refuses one more', async () => {
        const values = (n: number) => Array.from({ length: n }, (_, i) => `Personne ${String.fromCharCode(65 + (i % 26))}${i}`);
        expect((await search('', { filters: { persons: values(LIMITS.filterValuesPerFacet) } })).total).toBe(0);
        await refused(makeQuery('', { filters: { persons: values(LIMITS.filterValuesPerFacet + 1) } }));
      });

      it('refuses a page or a page size out of range', async () => {
        expect((await search('', { page: LIMITS.maxPage })).hits).toEqual([]);
        expect((await search('', { hitsPerPage: LIMITS.hitsPerPage })).total).toBe(ALL_PARAGRAPHS.length);
        for (const page of [0, -1, 1.5, Number.NaN, LIMITS.maxPage + 1]) await refused(makeQuery('', { page }));
        for (const hitsPerPage of [0, LIMITS.hitsPerPage + 1, 2.5]) await refused(makeQuery('', { hitsPerPage }));
      });

      it('refuses malformed filter values and unknown facets, naming the field', async () => {
        await refused(makeQuery('', { filters: { countries: ['FRA'] } }));
        await refused(makeQuery('', { filters: { date: ['2021-13'] } }));
        await refused(makeQuery('', { filters: { persons: [''] } }));
        await refused({ ...makeQuery(''), filters: { ...NO_FILTERS, colours: ['red'] } as SearchFilters });
        await expect(engine.search(makeQuery('', { filters: { countries: ['FRA'] } }))).rejects.toThrow(/«\u00a0country\u00a0»/);
      });

      it('canonicalises filter values as the registry writes them', async () => {
        expect((await search('', { filters: { countries: ['fr'] } })).total).toBe(3);
      });
    });
  });

  describe(`${adapterName} engine contract: ranking and order`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ engine, cleanup } = await open());
      await seedEngine(engine, RANKING_ARTICLES);
    });
    afterAll(async () => {
      await cleanup();
    });
    const order = async (q: string, overrides: Parameters<typeof makeQuery>[1] = {}) =>
      (await engine.search(makeQuery(q, { hitsPerPage: 20, ...overrides }))).hits.map((h) => h.article);

    it('ranks by relevance at every size: exact words first, then other forms, date breaking ties', async () => {
      const all = await order('tempête');
      expect(new Set(all.slice(0, 5))).toEqual(new Set(['e1', 'e2', 'e3', 'e4', 'e5']));
      expect(all.slice(5)).toEqual(['t3', 't2', 't1']);
      const paged: string[] = [];
      for (let page = 1; page <= 3; page++) paged.push(...(await order('tempête', { hitsPerPage: 3, page })));
      expect(paged).toEqual(all);
      expect(await order('tempête', { filters: { date: ['2020-05', '2020-06', '2020-07'] } })).toEqual(['e4', 't3', 't2']);
    });

    it('puts query words near each other before the same words far apart', async () => {
      expect(await order('accord gazier')).toEqual(['n2', 'n1']);
    });

    it('sorts by date when asked, newest or oldest first; an empty query is newest first', async () => {
      expect(await order('tempête', { sort: 'recent' })).toEqual(['e5', 't3', 'e4', 't2', 'e3', 'e2', 't1', 'e1']);
      expect(await order('tempête', { sort: 'ancien' })).toEqual(['e1', 't1', 'e2', 'e3', 't2', 'e4', 't3', 'e5']);
      expect(await order('tempête', { sort: 'pertinence' })).toEqual(await order('tempête'));
      expect((await order('')).slice(0, 3)).toEqual(['n1', 'n2', 'e5']);
      expect((await order('', { sort: 'ancien' })).slice(0, 3)).toEqual(['e1', 't1', 'e2']);
    });

    it('keeps a date range, inclusive, by year or month, with the date facet and its counts', async () => {
      expect(await order('', { from: '2020-06', to: '2020-08' })).toEqual(['e5', 't3', 'e4']);
      expect(await order('tempête', { from: '2020-07', sort: 'recent' })).toEqual(['e5', 't3']);
      expect(await order('tempête', { to: '2020-02', sort: 'recent' })).toEqual(['t1', 'e1']);
      expect(await order('', { from: '2021', to: '2021' })).toEqual(['n1', 'n2']);
      expect(await order('', { from: '2020-06', filters: { date: ['2020-05', '2020-07'] } })).toEqual(['t3']);
      const counted = await engine.search(makeQuery('', { from: '2020-07', to: '2021-01' }));
      expect(counted.total).toBe(3);
      expect(counted.facets.date).toEqual({ '2020': 2, '2020-07': 1, '2020-08': 1, '2021': 1, '2021-01': 1 });
      expect(await order('', { from: '2021-03' })).toEqual([]);
    });

    it('refuses a malformed sort or date bound', async () => {
      for (const bad of [{ sort: 'date' }, { from: '2021-13' }, { to: '21' }, { from: '2021-01-01' }] as Partial<SearchQuery>[]) {
        await expect(engine.search({ ...makeQuery(''), ...bad }), JSON.stringify(bad)).rejects.toBeInstanceOf(InvalidQueryError);
      }
    });
  });

  describe(`${adapterName} engine contract: writes`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ engine, cleanup } = await open());
    });
    afterAll(async () => {
      await cleanup();
    });

    it('replaces every paragraph of a re-put article, leaving no stale one', async () => {
      await seedEngine(engine, CONTRACT_ARTICLES);
      const [first] = CONTRACT_ARTICLES;
      const shorter: IndexedArticle = {
        id: first!.id,
        fingerprint: 'fp-changed',
        meta: { ...first!.meta, title: 'Un autre titre' },
        paragraphs: [{ ...first!.paragraphs[0]!, id: `${first!.id}-new`, text: 'Un texte tout nouveau sur la Tunisie.' }],
      };
      const writer = await engine.beginWrite({ replaceAll: false });
      await writer.putArticle(shorter);
      await writer.commit();
      expect((await engine.getArticle(first!.id))?.paragraphs.map((p) => p.id)).toEqual([`${first!.id}-new`]);
      expect(await engine.getParagraph(fixtureId(first!.id, 2))).toBeNull();
      expect((await engine.search(makeQuery('armée'))).total).toBe(0);
      expect(ids(await engine.search(makeQuery('Tunisie')))).toEqual([`${first!.id}-new`]);
      expect((await engine.search(makeQuery('Tunisie'))).hits[0]?.title).toBe('Un autre titre');
      expect((await engine.getArticle(first!.id))?.meta.title).toBe('Un autre titre');
      expect((await engine.getArticleFingerprints()).get(first!.id)).toBe('fp-changed');
      expect((await engine.getArticleFingerprints()).size).toBe(CONTRACT_ARTICLES.length);
    });

    it('gives every hit a snippet: about 40 words around the match, marked, "…" where cut; text stays whole', async () => {
      const filler = (from: number) => Array.from({ length: 50 }, (_, i) => `phrase${from + i}`).join(' ');
      const text = `${filler(0)} Benny Gantz <arrive> à Rabat. ${filler(100)}`;
      const long: IndexedArticle = {
        ...CONTRACT_ARTICLES[3]!,
        id: 'long',
        fingerprint: 'fp-long',
        paragraphs: [{ ...CONTRACT_ARTICLES[3]!.paragraphs[0]!, id: 'long-p1', text }],
      };
      await seedEngine(engine, [...CONTRACT_ARTICLES, long]);
      const [hit] = (await engine.search(makeQuery('Gantz Rabat'))).hits;
      expect(hit?.text).toBe(text);
      expect(hit?.highlight).toContain('Benny <mark>Gantz</mark> &lt;arrive&gt; à <mark>Rabat</mark>.');
      expect(hit?.snippet).toMatch(/^… phrase\d+ .* phrase\d+ …$/);
      expect(hit?.snippet).toContain('Benny <mark>Gantz</mark> &lt;arrive&gt; à <mark>Rabat</mark>.');
      expect(hit!.snippet.split(' ').length).toBeLessThan(50);
      const [short] = (await engine.search(makeQuery('Tanger'))).hits;
      expect(short?.snippet).toBe(short?.highlight);
    });

    it('deletes an article and its paragraphs', async () => {
      await seedEngine(engine, CONTRACT_ARTICLES);
      const writer = await engine.beginWrite({ replaceAll: false });
      await writer.deleteArticle('elections-usa');
      await writer.commit();
      expect(await engine.getArticle('elections-usa')).toBeNull();
      expect(await engine.getParagraph(fixtureId('elections-usa', 2))).toBeNull();
      expect((await engine.search(makeQuery('Biden'))).total).toBe(0);
      expect((await engine.search(makeQuery(''))).facets.persons).toEqual({ 'Emmanuel Macron': 1 });
      expect((await engine.getArticleFingerprints()).has('elections-usa')).toBe(false);
    });

    it('keeps the previous index when a write is aborted', async () => {
      await seedEngine(engine, CONTRACT_ARTICLES);
      const writer = await engine.beginWrite({ replaceAll: true });
      await writer.putArticle({ ...CONTRACT_ARTICLES[3]!, fingerprint: 'fp-aborted' });
      await writer.abort();
      expect((await engine.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);
      expect((await engine.getArticleFingerprints()).get('cinema')).toBe('fp-cinema-1');
    });

    it('rebuilds from scratch with replaceAll', async () => {
      await seedEngine(engine, CONTRACT_ARTICLES);
      await seedEngine(engine, [CONTRACT_ARTICLES[3]!]);
      expect((await engine.search(makeQuery(''))).total).toBe(1);
      expect([...(await engine.getArticleFingerprints()).keys()]).toEqual(['cinema']);
      expect((await engine.search(makeQuery('Maroc'))).facets.countries).toEqual({});
    });
  });
  describeFacetValueContract(adapterName, open);
  describePersonSpellingsContract(adapterName, open);
  describeFormerParagraphContract(adapterName, open);
  describeSuggestionContract(adapterName, open);
  describeFacetAllModeContract(adapterName, open);
}

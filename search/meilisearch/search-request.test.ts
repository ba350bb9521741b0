import type { SearchResponse } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../types';
import { toEngineWords } from './analysis';
import { LIMITS } from '../limits';
import { parseQuery } from '../french';
import { buildRelaxationProbe, buildSearchPlan, buildStemLookups, keptWordsFrom, knownStemsFrom } from './search-request';

const base: SearchQuery = { q: '', filters: { persons: [], countries: [], date: [] }, page: 1, hitsPerPage: 20 };
const plan = (query: Partial<SearchQuery>, known: string[] = []) =>
  buildSearchPlan({ ...base, ...query }, toEngineWords(query.q ?? ''), new Set(known), 'paragraphs');
const mainQ = (q: string, known: string[] = []) => plan({ q }, known).queries[0]?.q;

describe('buildSearchPlan', () => {
  it('sends one query without filters or extra counts when nothing is selected', () => {
    const { queries, disjunctive } = plan({});
    expect(queries).toHaveLength(1);
    expect(disjunctive).toEqual([]);
    expect(queries[0]).toMatchObject({
      indexUid: 'paragraphs',
      q: '',
      facets: ['persons', 'countries', 'period'],
      page: 1,
      hitsPerPage: 20,
      locales: ['fra'],
      matchingStrategy: 'all',
    });
    expect(queries[0]?.filter).toBeUndefined();
  });

  it('orders an empty query newest first, and a text query by relevance', () => {
    expect(plan({}).queries[0]?.sort).toEqual(['date_sort:desc', 'article:asc', 'position:asc']);
    expect(plan({ q: 'armée' }).queries[0]?.sort).toBeUndefined();
  });

  it('adds one counting query per selected facet, without that facet’s own filter', () => {
    const { queries, disjunctive } = plan({ q: 'paix', filters: { persons: ['Benny Gantz'], countries: ['IL', 'PS'], date: [] } });
    expect(disjunctive).toEqual(['persons', 'countries']);
    expect(queries).toHaveLength(3);
    const [main, persons, countries] = queries;
    expect(main?.filter).toEqual([['persons = "Benny Gantz"'], ['countries = "IL"', 'countries = "PS"']]);
    expect(persons).toMatchObject({ facets: ['persons'], limit: 0, filter: [['countries = "IL"', 'countries = "PS"']] });
    expect(countries).toMatchObject({ facets: ['countries'], limit: 0, filter: [['persons = "Benny Gantz"']] });
    expect(persons?.q).toBe(main?.q);
    expect(persons?.matchingStrategy).toBe('all');
  });

  it('ANDs the values of a facet in all mode and counts it in the main query, not its own', () => {
    const filters = { persons: ['Benny Gantz', 'Abdellatif Loudiyi'], countries: ['MA'], date: [], allOf: ['persons' as const] };
    const { queries, disjunctive } = plan({ filters });
    expect(disjunctive).toEqual(['countries']);
    expect(queries).toHaveLength(2);
    const [main, countries] = queries;
    expect(main?.filter).toEqual([['persons = "Benny Gantz"'], ['persons = "Abdellatif Loudiyi"'], ['countries = "MA"']]);
    expect(main?.facets).toContain('persons');
    expect(countries).toMatchObject({ filter: [['persons = "Benny Gantz"'], ['persons = "Abdellatif Loudiyi"']], facets: ['countries'] });
  });

  it('sends only our own words: operators and control characters never reach the engine', () => {
    const q = mainQ('"unbalanced arm-ée\u0000 AND (x') ?? '';
    expect(q).not.toMatch(/["()\-\u0000]/);
    expect(q.trim().split(' ')).toEqual(['unbalanced', 'arm', 'ee', 'and', 'x']);
  });

  it('emits phrases and exclusions in its own syntax, folded words only, exclusions first', () => {
    expect(mainQ('gaz "Mer du Nord" -Espagne -"l\'Union européenne" coop')).toBe('-espagne -"union europeenne" gaz "mer du nord" coop');
    expect(mainQ('"a" NOT -"b" -(c) "xy')).toBe('-b -c "a" not xy');
    expect(mainQ('"ministre des armées"')).toBe('"ministre des armees" ');
  });

  it('lists every paragraph newest first for a query of exclusions only', () => {
    const [main] = plan({ q: '-Espagne' }).queries;
    expect(main).toMatchObject({ q: '-espagne ', sort: ['date_sort:desc', 'article:asc', 'position:asc'] });
  });

  it('sends at most the words Meilisearch reads, and the page asked for', () => {
    const { queries } = plan({ q: Array.from({ length: 50 }, (_, i) => `mot${i}`).join(' '), page: 3, hitsPerPage: 7 });
    expect(queries[0]?.q?.trim().split(' ')).toHaveLength(LIMITS.queryWords);
    expect(queries[0]).toMatchObject({ page: 3, hitsPerPage: 7 });
  });
});

describe('sort and date range', () => {
  it('sorts by date when asked, either way, and by relevance otherwise', () => {
    expect(plan({ q: 'armée', sort: 'recent' }).queries[0]?.sort).toEqual(['date_sort:desc', 'article:asc', 'position:asc']);
    expect(plan({ q: 'armée', sort: 'ancien' }).queries[0]?.sort).toEqual(['date_sort:asc', 'article:asc', 'position:asc']);
    expect(plan({ sort: 'ancien' }).queries[0]?.sort).toEqual(['date_sort:asc', 'article:asc', 'position:asc']);
    expect(plan({ q: 'armée', sort: 'pertinence' }).queries[0]?.sort).toBeUndefined();
  });

  it('filters an inclusive month range on the numeric date, on the main and counting queries', () => {
    const { queries } = plan({ q: 'paix', from: '2021', to: '2022-03', filters: { persons: ['Benny Gantz'], countries: [], date: [] } });
    const range = [['date_sort >= 20210100'], ['date_sort <= 20220399']];
    expect(queries[0]?.filter).toEqual([['persons = "Benny Gantz"'], ...range]);
    expect(queries[1]?.filter).toEqual(range);
    expect(plan({ from: '2020-06' }).queries[0]?.filter).toEqual([['date_sort >= 20200600'], ['date_sort <= 99991299']]);
  });
});

describe('word forms', () => {
  it('sends the stem of an inflected word when the index knows it, never as a prefix', () => {
    expect(mainQ('négociations', ['negociation'])).toBe('negociation ');
    expect(mainQ('élections législatives', ['election', 'legislatif'])).toBe('election legislatif ');
  });

  it('sends the word as typed when its stem is unknown, keeping the typo budget of its length', () => {
    expect(mainQ('negosiatoins', [])).toBe('negosiatoins');
  });

  it('keeps the last word a prefix when it is its own stem: "coop" finds "coopération"', () => {
    expect(mainQ('coop')).toBe('coop');
  });

  it('turns prefix search off when the query ends with a space', () => {
    expect(mainQ('coop ')).toBe('coop ');
  });

  it('leaves out stop words that need not match, keeps a query made only of them', () => {
    expect(mainQ('la guerre des étoiles', ['etoile'])).toBe('guerre etoile ');
    expect(mainQ('les ')).toBe('les ');
  });

  it('sends hyphenated words as their parts', () => {
    expect(mainQ('garde-côtes', ['cote'])).toBe('garde cote ');
  });
});

describe('stem lookups', () => {
  it('asks only for stems that differ from the typed word, on the stem field, prefix off', () => {
    const { stems, queries } = buildStemLookups(toEngineWords('coop négociations négociation').words, 'paragraphs');
    expect(stems).toEqual(['negociation']);
    expect(queries).toEqual([
      expect.objectContaining({ indexUid: 'paragraphs', q: 'negociation ', attributesToSearchOn: ['text_stem'], limit: 1, showRankingScoreDetails: true }),
    ]);
  });

  it('counts a stem as known only when its best hit matched with no typo', () => {
    const hit = (typoCount: number) =>
      ({ hits: [{ id: 'x', _rankingScoreDetails: { typo: { order: 1, typoCount, maxTypoCount: 1, score: 1 } } }] }) as Pick<SearchResponse, 'hits'>;
    const known = knownStemsFrom(['a', 'b', 'c'], [hit(0), hit(1), { hits: [] }]);
    expect([...known]).toEqual(['a']);
  });
});

describe('relaxation', () => {
  it('probes with the last matching strategy, one hit with its ranking details', () => {
    expect(buildRelaxationProbe('gantz tokyo ', 'paragraphs')).toMatchObject({
      indexUid: 'paragraphs',
      q: 'gantz tokyo ',
      matchingStrategy: 'last',
      limit: 1,
      showRankingScoreDetails: true,
    });
  });

  it('maps the terms the best hit matched back to the query words kept', () => {
    const probe = (matchingWords: number) =>
      ({ hits: [{ id: 'x', _rankingScoreDetails: { words: { order: 0, matchingWords, maxMatchingWords: 5, score: 1 } } }] }) as Pick<SearchResponse, 'hits'>;
    const parsed = parseQuery('Gantz "Tokyo Tower" garde-côtes Rabat');
    expect(keptWordsFrom(parsed, probe(1))).toBe(1);
    expect(keptWordsFrom(parsed, probe(2))).toBe(2);
    expect(keptWordsFrom(parsed, probe(3))).toBe(2);
    expect(keptWordsFrom(parsed, probe(4))).toBe(3);
    expect(keptWordsFrom(parsed, { hits: [] })).toBe(0);
  });
});

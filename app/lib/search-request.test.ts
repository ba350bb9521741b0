import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../search/index';
import { parseSearchRequest, toSearchQuery } from './search-request';

const parse = (query: string) => parseSearchRequest(new URLSearchParams(query));
const NO_FILTERS = { persons: [], countries: [], date: [] };

describe('search request validation', () => {
  it('accepts a full request and normalises it', () => {
    const result = parse('q=+Gantz+&person=Benny+Gantz&country=ma&country=IL&date=2021-11&page=2');
    expect(result).toEqual({
      success: true,
      state: { q: 'Gantz', filters: { persons: ['Benny Gantz'], countries: ['IL', 'MA'], date: ['2021-11'] }, page: 2 },
    });
  });

  it('ignores unknown parameters and defaults missing ones', () => {
    expect(parse('utm_source=x&foo=bar')).toEqual({ success: true, state: { q: '', filters: NO_FILTERS, page: 1 } });
  });

  it('accepts names with accents, particles, apostrophes and regnal numbers', () => {
    const result = parse(
      'person=Kaïs+Saïed&person=Ursula+von+der+Leyen&person=Mohammed+V&person=Jean-François+Lavoie&person=Ali+N%E2%80%99Diaye',
    );
    expect(result.success).toBe(true);
  });

  it('takes its limits from LIMITS', () => {
    expect(parse(`q=${'a'.repeat(LIMITS.queryLength)}`).success).toBe(true);
    expect(parse(`q=${'a'.repeat(LIMITS.queryLength + 1)}`).success).toBe(false);
    expect(parse(`page=${LIMITS.maxPage}`).success).toBe(true);
    expect(parse(`page=${LIMITS.maxPage + 1}`).success).toBe(false);
    const dates = (n: number) => Array.from({ length: n }, (_, i) => `date=${1900 + i}`).join('&');
    expect(parse(dates(LIMITS.filterValuesPerFacet)).success).toBe(true);
    expect(parse(dates(LIMITS.filterValuesPerFacet + 1)).success).toBe(false);
  });

  it.each([
    ['control characters', 'q=abc%00def'],
    ['non-numeric page', 'page=deux'],
    ['page zero', 'page=0'],
    ['repeated q', 'q=a&q=b'],
    ['unknown sort', 'sort=date'],
    ['bad range bound', 'from=2021-13'],
    ['repeated to', 'to=2021&to=2022'],
    ['bad country code', 'country=FRA'],
    ['bad date', 'date=2021-13'],
    ['filter injection in a person', 'person=x%22+OR+persons+%3D+%22y'],
    ['brackets in a person', 'person=%5B%5D'],
  ])('refuses %s', (_name, query) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).not.toBe('');
  });

  it('names the offending parameter in the error, one French sentence per problem', () => {
    const result = parse('country=123&date=hier');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toMatch(/^Paramètre «\u00a0country\u00a0»\u00a0: [^.]+\. Paramètre «\u00a0date\u00a0»\u00a0: [^.]+\.$/);
    }
  });

  it.each([
    ['page=0', /^Paramètre «\u00a0page\u00a0»\u00a0: la première page est la page 1\.$/],
    ['page=1001', /^Paramètre «\u00a0page\u00a0»\u00a0: 1000 au plus\.$/],
    ['q=a&q=b', /^Paramètre «\u00a0q\u00a0»\u00a0: une seule valeur attendue\.$/],
  ])('answers %s in French, never with zod’s English defaults', (query, expected) => {
    const result = parse(query);
    if (result.success) throw new Error('accepted');
    expect(result.error).toMatch(expected);
    expect(result.error).not.toMatch(/Too|expected|Invalid/);
  });

  it('hands the order and the date range to the engine', () => {
    const result = parse('q=gaz&sort=recent&from=2021&to=2022-03');
    if (!result.success) throw new Error(result.error);
    expect(toSearchQuery(result.state)).toMatchObject({ q: 'gaz', sort: 'recent', from: '2021', to: '2022-03' });
    const plain = parse('q=gaz&sort=pertinence&from=');
    if (!plain.success) throw new Error(plain.error);
    expect(toSearchQuery(plain.state)).not.toHaveProperty('sort');
    expect(toSearchQuery(plain.state)).not.toHaveProperty('from');
  });

  it('hands filters to the engine as structured values, keyed by facet', () => {
    const result = parse("q=l'Algérie&person=Abdelmadjid+Tebboune&country=DZ");
    if (!result.success) throw new Error(result.error);
    expect(toSearchQuery(result.state)).toEqual({
      q: "l'Algérie",
      filters: { persons: ['Abdelmadjid Tebboune'], countries: ['DZ'], date: [] },
      page: 1,
      hitsPerPage: LIMITS.defaultHitsPerPage,
    });
  });

  it('hands the facets whose values must all be present (tous=<param>) to the engine', () => {
    const result = parse('person=Benny+Gantz&person=Kaïs+Saïed&country=IL&tous=person');
    if (!result.success) throw new Error(result.error);
    expect(toSearchQuery(result.state).filters).toEqual({
      persons: ['Benny Gantz', 'Kaïs Saïed'],
      countries: ['IL'],
      date: [],
      allOf: ['persons'],
    });
    // With one value, "all" and "any" are the same search: the mode is dropped.
    const single = parse('person=Benny+Gantz&tous=person');
    if (!single.success) throw new Error(single.error);
    expect(toSearchQuery(single.state).filters).not.toHaveProperty('allOf');
  });

  it('refuses tous= naming anything but a values facet, in French', () => {
    for (const query of ['person=A&person=B&tous=date', 'tous=personnes']) {
      const result = parse(query);
      if (result.success) throw new Error(`accepted ${query}`);
      expect(result.error).toMatch(/^Paramètre «\u00a0tous\u00a0»\u00a0: person ou country attendu\.$/);
    }
  });

  it('sends a month ticked inside its ticked year as the month only', () => {
    const result = parse('date=2022&date=2022-03&date=2023');
    if (!result.success) throw new Error(result.error);
    expect(result.state.filters.date).toEqual(['2022', '2022-03', '2023']);
    expect(toSearchQuery(result.state).filters.date).toEqual(['2022-03', '2023']);
  });
});

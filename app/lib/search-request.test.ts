import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, parseSearchRequest, toSearchQuery } from './search-request';

const parse = (query: string) => parseSearchRequest(new URLSearchParams(query));

describe('search request validation', () => {
  it('accepts a full request and normalises it', () => {
    const result = parse('q=+Gantz+&person=Benny+Gantz&country=ma&country=IL&date=2021-11&page=2');
    expect(result).toEqual({
      success: true,
      state: { q: 'Gantz', persons: ['Benny Gantz'], countries: ['IL', 'MA'], dates: ['2021-11'], page: 2 },
    });
  });

  it('ignores unknown parameters and defaults missing ones', () => {
    expect(parse('utm_source=x&foo=bar')).toEqual({
      success: true,
      state: { q: '', persons: [], countries: [], dates: [], page: 1 },
    });
  });

  it('accepts names with accents, particles, apostrophes and regnal numbers', () => {
    const result = parse(
      'person=Kaïs+Saïed&person=Ursula+von+der+Leyen&person=Mohammed+V&person=Jean-François+Lavoie&person=Ali+N%E2%80%99Diaye',
    );
    expect(result.success).toBe(true);
  });

  it.each([
    ['too long query', `q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`],
    ['control characters', 'q=abc%00def'],
    ['non-numeric page', 'page=deux'],
    ['page zero', 'page=0'],
    ['page beyond the limit', 'page=999999'],
    ['repeated q', 'q=a&q=b'],
    ['bad country code', 'country=FRA'],
    ['bad date', 'date=2021-13'],
    ['filter injection in a person', 'person=x%22+OR+persons+%3D+%22y'],
    ['brackets in a person', 'person=%5B%5D'],
    ['too many values', Array.from({ length: MAX_VALUES_PER_FACET + 1 }, (_, i) => `date=${2000 + i}`).join('&')],
  ])('refuses %s', (_name, query) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).not.toBe('');
  });

  it('names the offending parameter in the error', () => {
    const result = parse('country=123');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toMatch(/^country/);
  });

  it('hands filters to the engine as structured values', () => {
    const result = parse("q=l'Algérie&person=Abdelmadjid+Tebboune&country=DZ");
    if (!result.success) throw new Error(result.error);
    expect(toSearchQuery(result.state)).toEqual({
      q: "l'Algérie",
      filters: { persons: ['Abdelmadjid Tebboune'], countries: ['DZ'], dates: [] },
      page: 1,
      hitsPerPage: 10,
    });
  });
});

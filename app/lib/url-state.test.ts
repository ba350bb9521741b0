import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  EMPTY_STATE,
  readSearchState,
  toggleFilter,
  toQueryString,
  toUrlSearchParams,
  withPage,
  withQuery,
} from './url-state';

describe('URL state', () => {
  it('round-trips query, repeatable filters and page', () => {
    const state = {
      q: 'coopération sécuritaire',
      persons: ['Benny Gantz', 'Kaïs Saïed'],
      countries: ['IL', 'MA'],
      dates: ['2021', '2021-11'],
      page: 3,
    };
    const query = toQueryString(state);
    expect(readSearchState(new URLSearchParams(query))).toEqual(state);
    expect(new URLSearchParams(query).getAll('person')).toEqual(['Benny Gantz', 'Kaïs Saïed']);
  });

  it('writes the empty state as no query string and omits page 1', () => {
    expect(toQueryString(EMPTY_STATE)).toBe('');
    expect(toQueryString({ ...EMPTY_STATE, q: 'maroc' })).toBe('?q=maroc');
  });

  it('is canonical: value order and duplicates do not change the URL', () => {
    const a = readSearchState(new URLSearchParams('country=ma&country=IL&country=MA'));
    const b = readSearchState(new URLSearchParams('country=IL&country=MA'));
    expect(toQueryString(a)).toBe(toQueryString(b));
    expect(a.countries).toEqual(['IL', 'MA']);
  });

  it('reads bad values leniently', () => {
    const state = readSearchState(new URLSearchParams('q=%20gantz%20&page=abc&person=&date=2021'));
    expect(state).toEqual({ ...EMPTY_STATE, q: 'gantz', dates: ['2021'] });
    expect(readSearchState(new URLSearchParams('page=-4')).page).toBe(1);
  });

  it('encodes special characters so they survive the URL', () => {
    const state = { ...EMPTY_STATE, q: 'a&b=c #d', persons: ['Jean-François Lavoie'] };
    expect(readSearchState(new URLSearchParams(toQueryString(state)))).toEqual(state);
  });

  it('toggles a facet value and goes back to page 1', () => {
    const start = { ...EMPTY_STATE, persons: ['Benny Gantz'], page: 4 };
    const added = toggleFilter(start, 'countries', 'MA');
    expect(added).toMatchObject({ countries: ['MA'], persons: ['Benny Gantz'], page: 1 });
    expect(toggleFilter(added, 'persons', 'Benny Gantz').persons).toEqual([]);
  });

  it('clears filters but keeps the query; a new query resets the page', () => {
    const state = { q: 'maroc', persons: ['X Y'], countries: ['MA'], dates: ['2021'], page: 2 };
    expect(clearFilters(state)).toEqual({ ...EMPTY_STATE, q: 'maroc' });
    expect(withQuery(state, '  israël ').q).toBe('israël');
    expect(withQuery(state, 'israël').page).toBe(1);
    expect(withPage(state, 5).page).toBe(5);
  });

  it('turns Next searchParams objects into URLSearchParams', () => {
    const params = toUrlSearchParams({ q: 'x', person: ['A B', 'C D'], page: undefined });
    expect(params.getAll('person')).toEqual(['A B', 'C D']);
    expect(params.has('page')).toBe(false);
  });
});

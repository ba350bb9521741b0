import { describe, expect, it } from 'vitest';
import { FACETS } from '../../search/index';
import {
  clearFilters,
  countFilters,
  emptyState,
  readSearchState,
  toggleFilter,
  toQueryString,
  toUrlSearchParams,
  withOptions,
  withFacetMode,
  withPage,
  withQuery,
} from './url-state';

const EMPTY = emptyState(FACETS);
const read = (query: string) => readSearchState(new URLSearchParams(query), FACETS);
const write = (state: typeof EMPTY) => toQueryString(state, FACETS);

describe('URL state', () => {
  it('round-trips query, repeatable filters and page', () => {
    const state = {
      q: 'coopération sécuritaire',
      filters: { persons: ['Benny Gantz', 'Kaïs Saïed'], countries: ['IL', 'MA'], date: ['2021', '2021-11'] },
      page: 3,
    };
    const query = write(state);
    expect(read(query)).toEqual(state);
    expect(new URLSearchParams(query).getAll('person')).toEqual(['Benny Gantz', 'Kaïs Saïed']);
  });

  it('round-trips the order and the date range, leaving out the default order and bad values', () => {
    const state = { ...EMPTY, q: 'gaz', sort: 'ancien' as const, from: '2021', to: '2022-03' };
    expect(write(state)).toBe('?q=gaz&sort=ancien&from=2021&to=2022-03');
    expect(read(write(state))).toEqual(state);
    expect(read('sort=pertinence&from=hier&to=2021-13')).toEqual(EMPTY);
    expect(read('sort=date')).toEqual(EMPTY);
  });

  it('changes the order or the range back on page 1, an empty value removing it', () => {
    const state = withOptions({ ...EMPTY, page: 4, from: '2021' }, { sort: 'recent', to: '2022-01' });
    expect(state).toEqual({ ...EMPTY, sort: 'recent', from: '2021', to: '2022-01' });
    expect(withOptions(state, { sort: 'pertinence', from: '' })).toEqual({ ...EMPTY, to: '2022-01' });
  });

  it('has one repeatable parameter per facet of the registry', () => {
    const state = { ...EMPTY, filters: Object.fromEntries(FACETS.map((f) => [f.name, ['2021']])) as unknown as typeof EMPTY.filters };
    expect([...new URLSearchParams(write(state)).keys()].sort()).toEqual(FACETS.map((f) => f.param).sort());
  });

  it('writes the empty state as no query string and omits page 1', () => {
    expect(write(EMPTY)).toBe('');
    expect(write({ ...EMPTY, q: 'maroc' })).toBe('?q=maroc');
  });

  it('is canonical: value order and duplicates do not change the URL', () => {
    const a = read('country=MA&country=IL&country=MA');
    const b = read('country=IL&country=MA');
    expect(write(a)).toBe(write(b));
    expect(a.filters.countries).toEqual(['IL', 'MA']);
  });

  it('reads bad values leniently', () => {
    const state = read('q=%20gantz%20&page=abc&person=&date=2021');
    expect(state).toEqual({ ...EMPTY, q: 'gantz', filters: { ...EMPTY.filters, date: ['2021'] } });
    expect(read('page=-4').page).toBe(1);
  });

  it('encodes special characters so they survive the URL', () => {
    const state = { ...EMPTY, q: 'a&b=c #d', filters: { ...EMPTY.filters, persons: ['Jean-François Lavoie'] } };
    expect(read(write(state))).toEqual(state);
  });

  it('toggles a facet value and goes back to page 1', () => {
    const start = { ...EMPTY, filters: { ...EMPTY.filters, persons: ['Benny Gantz'] }, page: 4 };
    const added = toggleFilter(start, 'countries', 'MA');
    expect(added.filters).toMatchObject({ countries: ['MA'], persons: ['Benny Gantz'] });
    expect(added.page).toBe(1);
    expect(toggleFilter(added, 'persons', 'Benny Gantz').filters.persons).toEqual([]);
  });

  it('counts and clears filters but keeps the query; a new query resets the page', () => {
    const state = { q: 'maroc', filters: { persons: ['X Y'], countries: ['MA'], date: ['2021'] }, page: 2 };
    expect(countFilters(state)).toBe(3);
    expect(clearFilters(state)).toEqual({ ...EMPTY, q: 'maroc' });
    expect(withQuery(state, '  israël ').q).toBe('israël');
    expect(withQuery(state, 'israël').page).toBe(1);
    expect(withPage(state, 5).page).toBe(5);
  });

  it('writes the facets whose values must all be present as tous=<param>, and reads them back', () => {
    const both = read('person=Kaïs+Saïed&person=Benny+Gantz');
    const all = withFacetMode({ ...both, page: 3 }, 'persons', 'all');
    expect(all.page).toBe(1);
    expect(write(all)).toBe('?person=Benny+Gantz&person=Ka%C3%AFs+Sa%C3%AFed&tous=person');
    expect(read(write(all))).toEqual(all);
    expect(read(write(all)).filters.allOf).toEqual(['persons']);
    expect(write(withFacetMode(all, 'persons', 'any'))).toBe(write(both));
  });

  it('keeps the all mode only on a values facet with two values or more', () => {
    expect(read('person=A&tous=person').filters).not.toHaveProperty('allOf');
    expect(read('date=2021&date=2022&tous=date&tous=inconnu').filters).not.toHaveProperty('allOf');
    const all = read('person=A&person=B&country=FR&country=MA&tous=person&tous=country');
    expect(all.filters.allOf).toEqual(['countries', 'persons']);
    // Removing a value below two drops the mode: a later value is added in the default mode.
    const one = toggleFilter(all, 'persons', 'B');
    expect(one.filters.allOf).toEqual(['countries']);
    expect(countFilters(all)).toBe(4);
    expect(clearFilters(all).filters).toEqual(EMPTY.filters);
  });

  it('turns Next searchParams objects into URLSearchParams', () => {
    const params = toUrlSearchParams({ q: 'x', person: ['A B', 'C D'], page: undefined });
    expect(params.getAll('person')).toEqual(['A B', 'C D']);
    expect(params.has('page')).toBe(false);
  });
});

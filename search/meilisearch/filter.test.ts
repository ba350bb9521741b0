import { describe, expect, it } from 'vitest';
import { buildFilter, quoteFilterValue, selectedFacets } from './filter';

const none = { persons: [], countries: [], date: [] };

/** Reads a quoted literal back the way Meilisearch's filter parser does; returns [value, rest]. */
function readLiteral(source: string): [string, string] {
  expect(source[0]).toBe('"');
  let value = '';
  for (let i = 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      value += source[++i] ?? '';
    } else if (c === '"') {
      return [value, source.slice(i + 1)];
    } else {
      value += c;
    }
  }
  throw new Error(`unterminated literal: ${source}`);
}

describe('quoteFilterValue', () => {
  const hostile = [
    'a" OR 1=1',
    'x" OR persons EXISTS OR "',
    'back\\slash',
    'ends with backslash\\',
    '\\" OR countries EXISTS',
    '"',
    '',
    'NOT x',
    "l'Algérie (IN [\"FR\"])",
    'ligne\nnouvelle\u0000',
  ];

  it.each(hostile)('keeps %j inside one literal and reads back unchanged', (value) => {
    const quoted = quoteFilterValue(value);
    const [read, rest] = readLiteral(quoted);
    expect(read).toBe(value);
    expect(rest).toBe('');
  });

  it('escapes backslashes before quotes so a trailing backslash cannot eat the closing quote', () => {
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"');
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
  });
});

describe('buildFilter', () => {
  it('returns undefined when nothing is selected', () => {
    expect(buildFilter(none)).toBeUndefined();
  });

  it('ORs values within a facet and ANDs across facets', () => {
    const filter = buildFilter({ persons: ['Benny Gantz', 'Kaïs Saïed'], countries: ['IL'], date: ['2021', '2022-03'] });
    expect(filter).toEqual([
      ['persons = "Benny Gantz"', 'persons = "Kaïs Saïed"'],
      ['countries = "IL"'],
      ['period = "2021"', 'period = "2022-03"'],
    ]);
  });

  it('leaves out the facet being counted disjunctively', () => {
    const filter = buildFilter({ persons: ['A'], countries: ['MA'], date: [] }, 'countries');
    expect(filter).toEqual([['persons = "A"']]);
  });

  it('never widens: an injection attempt stays one equality on its own facet', () => {
    const filter = buildFilter({ persons: ['x" OR 1=1 OR persons = "y'], countries: [], date: ['2021" OR "1'] });
    expect(filter).toHaveLength(2);
    const [persons, dates] = filter!;
    expect(persons).toHaveLength(1);
    const [personsValue, personsRest] = readLiteral(persons![0]!.slice('persons = '.length));
    expect(personsValue).toBe('x" OR 1=1 OR persons = "y');
    expect(personsRest).toBe('');
    const [datesValue, datesRest] = readLiteral(dates![0]!.slice('period = '.length));
    expect(datesValue).toBe('2021" OR "1');
    expect(datesRest).toBe('');
  });

  it('drops duplicate values', () => {
    expect(buildFilter({ persons: [], countries: ['FR', 'FR'], date: [] })).toEqual([['countries = "FR"']]);
  });

  it('lists the facets that have a selection', () => {
    expect(selectedFacets({ persons: [], countries: ['FR'], date: ['2020'] })).toEqual(['countries', 'date']);
  });

  it('ANDs the values of a facet in all mode, each an escaped equality of its own', () => {
    const filter = buildFilter({
      persons: ['Benny Gantz', 'Kaïs "Saïed'],
      countries: ['IL', 'TN'],
      date: ['2021'],
      allOf: ['persons'],
    });
    expect(filter).toEqual([
      ['persons = "Benny Gantz"'],
      ['persons = "Kaïs \\"Saïed"'],
      ['countries = "IL"', 'countries = "TN"'],
      ['period = "2021"'],
    ]);
  });

  it('keeps one value in all mode as a plain equality (the mode needs two values)', () => {
    expect(buildFilter({ persons: ['A'], countries: [], date: [], allOf: ['persons'] })).toEqual([['persons = "A"']]);
  });

  it('counts a facet in all mode within the matches, not disjunctively', () => {
    const filters = { persons: ['A', 'B'], countries: ['FR'], date: [], allOf: ['persons' as const] };
    expect(selectedFacets(filters)).toEqual(['countries']);
    // The countries' own counting query still requires both persons.
    expect(buildFilter(filters, 'countries')).toEqual([['persons = "A"'], ['persons = "B"']]);
  });
});

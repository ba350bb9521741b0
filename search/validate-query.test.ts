import { describe, expect, it } from 'vitest';
import { InvalidQueryError } from './errors';
import { FACETS } from './facets';
import { LIMITS } from './limits';
import type { SearchQuery } from './types';
import { validateQuery } from './validate-query';

const noFilters = Object.fromEntries(FACETS.map((f) => [f.name, []])) as unknown as SearchQuery['filters'];
const base: SearchQuery = { q: 'gaz', filters: noFilters, page: 1, hitsPerPage: 10 };

function messageOf(query: unknown): string {
  try {
    validateQuery(query as SearchQuery);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidQueryError);
    return (error as Error).message;
  }
  throw new Error('the query was accepted');
}

// Letters English uses and French does not write in these words: a leaked zod default shows them.
const ENGLISH = /\b(invalid|expected|too (small|big)|received|unrecognized|must|query|string|number)\b/i;

describe('InvalidQueryError messages are French sentences naming the field as the caller wrote it', () => {
  const cases: [string, unknown, string][] = [
    ['query too long', { ...base, q: 'a'.repeat(LIMITS.queryLength + 1) }, `«\u00a0q\u00a0»\u00a0: ${LIMITS.queryLength} caractères au plus`],
    ['page below 1', { ...base, page: 0 }, '«\u00a0page\u00a0»\u00a0: 1 au moins'],
    ['page past the last', { ...base, page: LIMITS.maxPage + 1 }, `«\u00a0page\u00a0»\u00a0: ${LIMITS.maxPage} au plus`],
    ['page not whole', { ...base, page: 1.5 }, '«\u00a0page\u00a0»\u00a0: nombre entier attendu'],
    ['hits per page', { ...base, hitsPerPage: 0 }, '«\u00a0résultats par page\u00a0»\u00a0: 1 au moins'],
    ['sort', { ...base, sort: 'date' }, '«\u00a0sort\u00a0»\u00a0: pertinence, recent ou ancien attendu'],
    ['date range', { ...base, from: '2021-13' }, '«\u00a0from\u00a0»\u00a0: date AAAA ou AAAA-MM attendue'],
    ['filter value', { ...base, filters: { ...noFilters, countries: ['France'] } }, '«\u00a0country\u00a0»\u00a0: code pays ISO à deux lettres attendu'],
    [
      'too many filter values',
      { ...base, filters: { ...noFilters, persons: Array.from({ length: LIMITS.filterValuesPerFacet + 1 }, (_, i) => `P${i}`) } },
      `«\u00a0person\u00a0»\u00a0: ${LIMITS.filterValuesPerFacet} valeurs au plus`,
    ],
    ['unknown filter', { ...base, filters: { ...noFilters, towns: [] } }, '«\u00a0filtres\u00a0»\u00a0: filtre inconnu («\u00a0towns\u00a0»)'],
  ];
  for (const [family, query, detail] of cases) {
    it(family, () => {
      const message = messageOf(query);
      expect(message).toBe(`Requête invalide\u00a0: ${detail}.`);
      expect(message).not.toMatch(ENGLISH);
    });
  }

  it('a wrong type from a library caller gets zod’s French wording, not its English one', () => {
    const message = messageOf({ ...base, q: 42 });
    expect(message).toMatch(/^Requête invalide\u00a0: «\u00a0q\u00a0»\u00a0: texte attendu\.$/);
    const page = messageOf({ ...base, page: '2' });
    expect(page).toBe('Requête invalide\u00a0: «\u00a0page\u00a0»\u00a0: nombre attendu.');
    expect(messageOf({ ...base, filters: null })).toMatch(/^Requête invalide\u00a0: «\u00a0filtres\u00a0»\u00a0: Entrée invalide/);
  });

  it('several problems make one sentence', () => {
    expect(messageOf({ ...base, page: 0, sort: 'x' })).toBe(
      'Requête invalide\u00a0: «\u00a0sort\u00a0»\u00a0: pertinence, recent ou ancien attendu\u00a0; «\u00a0page\u00a0»\u00a0: 1 au moins.',
    );
  });
});

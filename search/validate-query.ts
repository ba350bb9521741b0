import { z } from 'zod';
import { InvalidQueryError } from './errors';
import { FACETS, VALUE_FACETS, type FacetName, type ValueFacetName } from './facets';
import { LIMITS } from './limits';
import { ALL_OF_PARAM, withCanonicalMode } from './match-mode';
import type { MatchQuery, SearchFilters, SearchQuery } from './types';

// zod's French wording for a case no message of ours covers (a wrong type from a library caller).
const FRENCH_ERRORS = z.locales.fr().localeError;

const filtersShape = Object.fromEntries(
  FACETS.map((facet) => [
    facet.name,
    z
      .array(facet.value)
      .max(LIMITS.filterValuesPerFacet, `${LIMITS.filterValuesPerFacet} valeurs au plus`)
      .default([]),
  ]),
) as unknown as Record<FacetName, z.ZodDefault<z.ZodArray<z.ZodType<string, string>>>>;

const allOfShape = z
  .array(z.enum(VALUE_FACETS.map((f) => f.name) as [ValueFacetName, ...ValueFacetName[]], 'facette de valeurs attendue'))
  .max(VALUE_FACETS.length, `${VALUE_FACETS.length} facettes au plus`)
  .optional();

/** The orders a search can be asked for. */
export const SEARCH_SORTS = ['pertinence', 'recent', 'ancien'] as const;

const month = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'date AAAA ou AAAA-MM attendue');

/** Order and date range of a search, as every entry point reads them (API, URL, CLI, adapters). */
export const searchOptionsSchema = z.object({
  sort: z.enum(SEARCH_SORTS, 'pertinence, recent ou ancien attendu').optional(),
  from: month.optional(),
  to: month.optional(),
});

/** A query as every adapter accepts it: the limits and the registry's value schemas. */
export const searchQuerySchema = z.object({
  q: z.string('texte attendu').max(LIMITS.queryLength, `${LIMITS.queryLength} caractères au plus`),
  filters: z.strictObject({ ...filtersShape, allOf: allOfShape }, { error: (issue) => unknownFilterMessage(issue) }),
  ...searchOptionsSchema.shape,
  page: pageNumber(LIMITS.maxPage),
  hitsPerPage: pageNumber(LIMITS.hitsPerPage),
});

function pageNumber(max: number) {
  return z.number('nombre attendu').int('nombre entier attendu').min(1, '1 au moins').max(max, `${max} au plus`);
}

function unknownFilterMessage(issue: { code: string; keys?: readonly string[] }): string | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  return `filtre inconnu (${(issue.keys ?? []).map((k) => `«\u00a0${k}\u00a0»`).join(', ')})`;
}

/** How a message names a field: as the caller wrote it (the API's parameter, not our key). */
const FIELD_NAMES: Record<string, string> = {
  q: 'q',
  page: 'page',
  hitsPerPage: 'résultats par page',
  sort: 'sort',
  from: 'from',
  to: 'to',
  filters: 'filtres',
  'filters.allOf': ALL_OF_PARAM,
  ...Object.fromEntries(FACETS.map((f) => [`filters.${f.name}`, f.param])),
};

/** The field an issue is about, in French guillemets, a filter's value position left out. */
function fieldName(path: readonly PropertyKey[]): string {
  const named = path.filter((p) => typeof p === 'string').join('.');
  return `«\u00a0${FIELD_NAMES[named] ?? named}\u00a0»`;
}

/**
 * One French sentence for the whole query: the API and the pages show it as it is, so zod's
 * defaults never leak (its French locale words whatever case we did not).
 */
export function invalidQueryMessage(error: z.ZodError): string {
  const problems = error.issues.map((issue) =>
    issue.path.length === 0 ? issue.message : `${fieldName(issue.path)}\u00a0: ${issue.message}`,
  );
  return `Requête invalide\u00a0: ${problems.join('\u00a0; ')}.`;
}

/**
 * Checks a query against the port's rules and returns it canonicalised (filter values as the
 * registry writes them, duplicates kept out, `allOf` only for facets with two values or more). Every adapter calls this first, so they all refuse
 * the same queries the same way.
 *
 * @throws InvalidQueryError naming each offending field.
 */
export function validateQuery(query: SearchQuery): SearchQuery {
  const parsed = searchQuerySchema.safeParse(query, { error: FRENCH_ERRORS });
  if (!parsed.success) throw new InvalidQueryError(invalidQueryMessage(parsed.error), { cause: parsed.error });
  const filters = Object.fromEntries(
    FACETS.map((facet) => [facet.name, [...new Set(parsed.data.filters[facet.name])]]),
  ) as SearchFilters;
  return { ...parsed.data, filters: withCanonicalMode({ ...filters, allOf: parsed.data.filters.allOf }) };
}

/** `validateQuery` for a whole match set (export, statistics): the same rules, no page. */
export function validateMatchQuery(query: MatchQuery): MatchQuery {
  const valid: Partial<SearchQuery> = validateQuery({ ...query, page: 1, hitsPerPage: 1 });
  delete valid.page;
  delete valid.hitsPerPage;
  return valid as MatchQuery;
}

import { z } from 'zod';
import { InvalidQueryError } from './errors';
import { FACETS, type FacetName } from './facets';
import { LIMITS } from './limits';
import type { MatchQuery, SearchFilters, SearchQuery } from './types';
import { formatZodIssues } from './zod-issues';

const filtersShape = Object.fromEntries(
  FACETS.map((facet) => [
    facet.name,
    z
      .array(facet.value)
      .max(LIMITS.filterValuesPerFacet, `${LIMITS.filterValuesPerFacet} valeurs au plus`)
      .default([]),
  ]),
) as unknown as Record<FacetName, z.ZodDefault<z.ZodArray<z.ZodType<string, string>>>>;

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
  q: z.string().max(LIMITS.queryLength, `${LIMITS.queryLength} caractères au plus`),
  filters: z.strictObject(filtersShape),
  ...searchOptionsSchema.shape,
  page: z.number().int().min(1).max(LIMITS.maxPage),
  hitsPerPage: z.number().int().min(1).max(LIMITS.hitsPerPage),
});

/**
 * Checks a query against the port's rules and returns it canonicalised (filter values as the
 * registry writes them, duplicates kept out). Every adapter calls this first, so they all refuse
 * the same queries the same way.
 *
 * @throws InvalidQueryError naming each offending field.
 */
export function validateQuery(query: SearchQuery): SearchQuery {
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success) {
    throw new InvalidQueryError(`invalid search query: ${formatZodIssues(parsed.error, { rootName: 'query' }).join('; ')}`, {
      cause: parsed.error,
    });
  }
  const filters = Object.fromEntries(
    FACETS.map((facet) => [facet.name, [...new Set(parsed.data.filters[facet.name])]]),
  ) as SearchFilters;
  return { ...parsed.data, filters };
}

/** `validateQuery` for a whole match set (export, statistics): the same rules, no page. */
export function validateMatchQuery(query: MatchQuery): MatchQuery {
  const valid: Partial<SearchQuery> = validateQuery({ ...query, page: 1, hitsPerPage: 1 });
  delete valid.page;
  delete valid.hitsPerPage;
  return valid as MatchQuery;
}

import { z } from 'zod';
import { InvalidQueryError } from './errors';
import { FACETS, type FacetName } from './facets';
import { LIMITS } from './limits';
import type { SearchFilters, SearchQuery } from './types';
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

/** A query as every adapter accepts it: the limits and the registry's value schemas. */
export const searchQuerySchema = z.object({
  q: z.string().max(LIMITS.queryLength, `${LIMITS.queryLength} caractères au plus`),
  filters: z.strictObject(filtersShape),
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

import { z } from 'zod';
import type { SearchQuery } from '../types';
import { EmbeddedEngineError } from './errors';

export const MAX_HITS_PER_PAGE = 100;
const MAX_FILTER_VALUES = 50;

const filterValues = z.array(z.string().max(200)).max(MAX_FILTER_VALUES);

/** A query as the engine accepts it; a bad one is refused, never silently widened. */
export const searchQuerySchema = z.object({
  q: z.string(),
  filters: z.object({ persons: filterValues, countries: filterValues, dates: filterValues }),
  page: z.number().int().min(1).max(10_000),
  hitsPerPage: z.number().int().min(1).max(MAX_HITS_PER_PAGE),
});

export class InvalidQueryError extends EmbeddedEngineError {
  override name = 'InvalidQueryError';
}

export function validateQuery(query: SearchQuery): SearchQuery {
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new InvalidQueryError(`invalid search query: ${lines.join('; ')}`, { cause: parsed.error });
  }
  return parsed.data;
}

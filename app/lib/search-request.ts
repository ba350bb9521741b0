import { z } from 'zod';
import type { SearchQuery } from '../../search/types';
import type { SearchState } from './url-state';
import { FACET_PARAMS } from './url-state';

export const HITS_PER_PAGE = 10;
export const MAX_QUERY_LENGTH = 200;
export const MAX_VALUES_PER_FACET = 20;
export const MAX_PAGE = 1000;

// Person names as the tagger writes them: letters (any script, with accents), digits for
// regnal numbers, spaces, dots, hyphens and apostrophes. Quotes, backslashes, brackets and
// operators are refused, on top of the adapters escaping every value they put in a filter.
const PERSON_RE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’-]*$/u;
// No control characters in free text (NUL, escapes, line breaks from pasted junk).
const CONTROL_RE = /\p{Cc}/u;

const queryText = z
  .string()
  .max(MAX_QUERY_LENGTH, `${MAX_QUERY_LENGTH} caractères au plus`)
  .refine((v) => !CONTROL_RE.test(v), 'caractères de contrôle interdits')
  .transform((v) => v.trim());

const person = z.string().trim().min(1).max(100).regex(PERSON_RE, 'nom de personne invalide');
const country = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'code pays ISO à deux lettres attendu'));
const date = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'date AAAA ou AAAA-MM attendue');

const facetValues = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(MAX_VALUES_PER_FACET, `${MAX_VALUES_PER_FACET} valeurs au plus`)
    .transform((values) => [...new Set(values)].sort());

const searchRequestSchema = z.object({
  q: queryText,
  person: facetValues(person),
  country: facetValues(country),
  date: facetValues(date),
  page: z
    .string()
    .regex(/^\d{1,4}$/, 'entier attendu')
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_PAGE)),
});

export type SearchRequestResult =
  | { success: true; state: SearchState }
  | { success: false; error: string };

/**
 * Strict validation of `?q=&person=&country=&date=&page=`. Unknown parameters are ignored;
 * a repeated `q` or `page` is refused rather than silently picking one.
 */
export function parseSearchRequest(params: URLSearchParams): SearchRequestResult {
  for (const single of ['q', 'page']) {
    if (params.getAll(single).length > 1) {
      return { success: false, error: `${single}: une seule valeur attendue` };
    }
  }
  const pageRaw = params.get('page');
  const parsed = searchRequestSchema.safeParse({
    q: params.get('q') ?? '',
    person: params.getAll(FACET_PARAMS.persons),
    country: params.getAll(FACET_PARAMS.countries),
    date: params.getAll(FACET_PARAMS.dates),
    page: pageRaw === null || pageRaw === '' ? '1' : pageRaw,
  });
  if (!parsed.success) {
    const error = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'requête'}: ${issue.message}`)
      .join('; ');
    return { success: false, error };
  }
  const { q, person: persons, country: countries, date: dates, page } = parsed.data;
  return { success: true, state: { q, persons, countries, dates, page } };
}

/** The engine query for a validated state: filters stay structured values, never strings. */
export function toSearchQuery(state: SearchState): SearchQuery {
  return {
    q: state.q,
    filters: { persons: state.persons, countries: state.countries, dates: state.dates },
    page: state.page,
    hitsPerPage: HITS_PER_PAGE,
  };
}

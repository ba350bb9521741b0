import { z } from 'zod';
import {
  ALL_OF_PARAM,
  FACETS,
  LIMITS,
  VALUE_FACETS,
  withCanonicalMode,
  searchOptionsSchema,
  type FacetName,
  type MatchQuery,
  type SearchFilters,
  type SearchQuery,
} from '../../search/index';
import { quote } from './format';
import { narrowPeriodValues } from './period-filter';
import type { SearchState } from './url-state';

// The user-facing API answers in French, down to zod's own messages for a case we did not word.
z.config(z.locales.fr());

// No control characters in free text (NUL, escapes, line breaks from pasted junk).
const CONTROL_RE = /\p{Cc}/u;
const PAGE_RE = new RegExp(`^\\d{1,${String(LIMITS.maxPage).length}}$`);

const queryText = z
  .string()
  .max(LIMITS.queryLength, `${LIMITS.queryLength} caractères au plus`)
  .refine((v) => !CONTROL_RE.test(v), 'caractères de contrôle interdits')
  .transform((v) => v.trim());

const facetValues = (value: z.ZodType<string, string>) =>
  z
    .array(z.string().trim().pipe(value))
    .max(LIMITS.filterValuesPerFacet, `${LIMITS.filterValuesPerFacet} valeurs au plus`)
    .transform((values) => [...new Set(values)].sort());

const VALUE_PARAMS = VALUE_FACETS.map((f) => f.param) as [string, ...string[]];

// `tous=person`: the facets (by URL parameter) whose values must all be on a paragraph.
const allOfParams = z
  .array(z.enum(VALUE_PARAMS, `${VALUE_PARAMS.join(' ou ')} attendu`))
  .max(VALUE_PARAMS.length, `${VALUE_PARAMS.length} valeurs au plus`);

// Keyed by URL parameter, so a message names the parameter the caller wrote.
const searchRequestSchema = z.object({
  q: queryText,
  page: z
    .string()
    .regex(PAGE_RE, 'entier attendu')
    .transform(Number)
    .pipe(z.number().int().min(1, 'la première page est la page 1').max(LIMITS.maxPage, `${LIMITS.maxPage} au plus`)),
  ...Object.fromEntries(FACETS.map((f) => [f.param, facetValues(f.value)])),
  [ALL_OF_PARAM]: allOfParams,
  ...searchOptionsSchema.shape,
});

/** One problem as a French sentence naming the parameter: « date » : date AAAA ou AAAA-MM attendue. */
export function issueSentence(param: string, message: string): string {
  return `Paramètre ${quote(param)}\u00a0: ${message.replace(/\.$/, '')}.`;
}

export type SearchRequestResult =
  | { success: true; state: SearchState }
  | { success: false; error: string };

/**
 * Strict validation of `?q=&page=`, one repeatable parameter per facet and `tous` (the facets
 * whose values must all be on a paragraph, by parameter: `tous=person`). Unknown parameters
 * are ignored; a repeated `q` or `page` is refused rather than silently picking one.
 */
export function parseSearchRequest(params: URLSearchParams): SearchRequestResult {
  for (const single of ['q', 'page', 'sort', 'from', 'to']) {
    if (params.getAll(single).length > 1) {
      return { success: false, error: issueSentence(single, 'une seule valeur attendue') };
    }
  }
  const pageRaw = params.get('page');
  const parsed = searchRequestSchema.safeParse({
    q: params.get('q') ?? '',
    page: pageRaw === null || pageRaw === '' ? '1' : pageRaw,
    ...Object.fromEntries(FACETS.map((f) => [f.param, params.getAll(f.param)])),
    [ALL_OF_PARAM]: params.getAll(ALL_OF_PARAM),
    ...Object.fromEntries(['sort', 'from', 'to'].flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))),
  });
  if (!parsed.success) {
    return { success: false, error: parsed.error.issues.map((i) => issueSentence(String(i.path[0] ?? 'q'), i.message)).join(' ') };
  }
  const data = parsed.data as Record<string, unknown> & { q: string; page: number } & Pick<SearchQuery, 'sort' | 'from' | 'to'>;
  const filters = Object.fromEntries(
    FACETS.map((f): [FacetName, string[]] => [f.name, data[f.param] as string[]]),
  ) as SearchFilters;
  const allOf = data[ALL_OF_PARAM] as string[];
  filters.allOf = VALUE_FACETS.filter((f) => allOf.includes(f.param)).map((f) => f.name);
  const options = Object.fromEntries(
    (['sort', 'from', 'to'] as const).flatMap((key) => (data[key] && data[key] !== 'pertinence' ? [[key, data[key]]] : [])),
  );
  return { success: true, state: { q: data.q, filters: withCanonicalMode(filters), page: data.page, ...options } };
}

/**
 * The engine query for a validated state: filters stay structured values, never strings; a
 * period facet's year with months ticked under it is narrowed to those months.
 */
export function toSearchQuery(state: SearchState): SearchQuery {
  const { q, page, sort, from, to } = state;
  const filters = Object.fromEntries(
    FACETS.map((f): [FacetName, string[]] => [
      f.name,
      f.kind === 'period' ? narrowPeriodValues(state.filters[f.name]) : state.filters[f.name],
    ]),
  ) as SearchFilters;
  if (state.filters.allOf) filters.allOf = state.filters.allOf;
  return { q, filters, page, hitsPerPage: LIMITS.defaultHitsPerPage, ...(sort ? { sort } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The whole match set of a validated state (export, statistics): the same query, no page. */
export function toMatchQuery(state: SearchState): MatchQuery {
  const query: Partial<SearchQuery> = toSearchQuery(state);
  delete query.page;
  delete query.hitsPerPage;
  return query as MatchQuery;
}

import { z } from 'zod';
import { InvalidQueryError } from './errors';
import { VALUE_FACETS, type ValueFacetName } from './facets';
import { foldText } from './french/fold';
import { LIMITS } from './limits';
import { matchModeOf } from './match-mode';
import type { SearchQuery } from './types';
import { validateQuery } from './validate-query';
import { formatZodIssues } from './zod-issues';

/** A search among every value of one facet, under the current search. */
export interface FacetValueSearch {
  /** A `values` facet of the registry (persons, countries). */
  facet: ValueFacetName;
  /** What the user typed: a value matches when a word of its label starts with it. */
  text: string;
  /** The current search: counts are taken under it, the facet's own selection ignored. */
  query: SearchQuery;
  /**
   * The name a value is shown under, when it is not the value itself (country codes → French
   * names): the text is matched against it. Without it, against the value.
   */
  label?: (value: string) => string;
}

/** One matching value and its count under the search. */
export interface FacetValueCount {
  value: string;
  count: number;
}

const NON_WORD_RUNS = /[^\p{L}\p{N}]+/gu;

/** Folded words separated by one space ("Jean-Noël d’Ormesson" → "jean noel d ormesson"). */
export function facetWords(text: string): string {
  return foldText(text).replace(NON_WORD_RUNS, ' ').trim();
}

/**
 * Whether a label has a word starting with the typed text, accents, case and punctuation
 * folded: "gantz" and "ben" find "Benny Gantz", "noel" finds "Jean-Noël Barrot".
 */
export function facetLabelMatcher(text: string): (label: string) => boolean {
  const needle = ` ${facetWords(text)}`;
  return (label) => ` ${facetWords(label)}`.includes(needle);
}

const VALUE_FACET_NAMES = VALUE_FACETS.map((f) => f.name) as [ValueFacetName, ...ValueFacetName[]];

const textSchema = z
  .string()
  .max(LIMITS.filterValueLength, `${LIMITS.filterValueLength} caractères au plus`)
  .refine((t) => facetWords(t) !== '', 'au moins une lettre ou un chiffre attendu');

/**
 * Checks a facet value search against the port's rules (the facet, the text, the query).
 *
 * @throws InvalidQueryError naming each offending field.
 */
export function validateFacetValueSearch(request: FacetValueSearch): FacetValueSearch {
  const facet = z.enum(VALUE_FACET_NAMES, 'facette de valeurs attendue').safeParse(request.facet);
  const text = textSchema.safeParse(request.text);
  for (const [field, parsed] of [['facet', facet], ['text', text]] as const) {
    if (!parsed.success) {
      throw new InvalidQueryError(`invalid facet value search: ${formatZodIssues(parsed.error, { rootName: field }).join('; ')}`, {
        cause: parsed.error,
      });
    }
  }
  return { ...request, query: validateQuery(request.query) };
}

/**
 * The query without its own facet's selection: counts are disjunctive, as in the facet panel.
 * A facet in `all` mode keeps its selection: its counts are taken within the paragraphs holding
 * every selected value, as the panel shows them.
 */
export function withoutOwnSelection(query: SearchQuery, facet: ValueFacetName): SearchQuery {
  if (matchModeOf(query.filters, facet) === 'all') return query;
  return { ...query, filters: { ...query.filters, [facet]: [] } };
}

/** Most frequent first, then by label, at most `LIMITS.facetValueMatches`. */
export function topFacetMatches(
  counts: Iterable<FacetValueCount>,
  label: (value: string) => string = (v) => v,
): FacetValueCount[] {
  return [...counts]
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || label(a.value).localeCompare(label(b.value), 'fr') || (a.value < b.value ? -1 : 1))
    .slice(0, LIMITS.facetValueMatches);
}

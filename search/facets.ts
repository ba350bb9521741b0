import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * The facet registry: every facet is declared here once. Domain types (`Paragraph.facets`,
 * `SearchFilters`, `FacetCounts`), both adapters, the URL state, the API schema, the CLI flags,
 * the facet panel, the active-filter chips, the bench corpus and the contract fixtures iterate
 * over `FACETS`; adding a facet is one entry here plus the tagger that produces its values.
 *
 * Kinds:
 * - `values`: the paragraph carries a list of values (persons, countries); a filter keeps
 *   paragraphs having any selected value (OR within the facet, AND across facets).
 * - `period`: derived from the article date; values are years (`2022`) and months (`2022-03`).
 */
export type FacetKind = 'values' | 'period';

/** How the app shows a value: as written, as a country name (+ flag), as a French month/year. */
export type FacetDisplay = 'text' | 'country' | 'period';

export interface FacetDefinition {
  /** Key in `Paragraph.facets` (values kind), `SearchFilters`, `FacetCounts` and the hit JSON. */
  readonly name: string;
  /** Repeatable URL / API query parameter (`?person=…&person=…`). */
  readonly param: string;
  /** Repeatable CLI flag of `npm run search` (`--person …`). */
  readonly cliFlag: string;
  /** French label of the facet group. */
  readonly label: string;
  /** French label of one value's chip, e.g. "Personne". */
  readonly singularLabel: string;
  readonly kind: FacetKind;
  readonly display: FacetDisplay;
  /** Validates and canonicalises one filter value (input already trimmed). French messages. */
  readonly value: z.ZodType<string, string>;
}

// Person names as the tagger writes them: letters (any script, with accents), digits for regnal
// numbers, spaces, dots, hyphens and apostrophes. Quotes, backslashes, brackets and operators
// are refused on top of the adapters escaping every value they put in a filter.
const PERSON_RE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .'’-]*$/u;

const personValue = z
  .string()
  .min(1, 'nom de personne vide')
  .max(LIMITS.filterValueLength, `${LIMITS.filterValueLength} caractères au plus`)
  .regex(PERSON_RE, 'nom de personne invalide');

const countryValue = z
  .string()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'code pays ISO à deux lettres attendu'));

const periodValue = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'date AAAA ou AAAA-MM attendue');

export const FACETS = [
  {
    name: 'persons',
    param: 'person',
    cliFlag: '--person',
    label: 'Personnes',
    singularLabel: 'Personne',
    kind: 'values',
    display: 'text',
    value: personValue,
  },
  {
    name: 'countries',
    param: 'country',
    cliFlag: '--country',
    label: 'Pays',
    singularLabel: 'Pays',
    kind: 'values',
    display: 'country',
    value: countryValue,
  },
  {
    name: 'date',
    param: 'date',
    cliFlag: '--date',
    label: 'Date',
    singularLabel: 'Date',
    kind: 'period',
    display: 'period',
    value: periodValue,
  },
] as const satisfies readonly FacetDefinition[];

export type FacetName = (typeof FACETS)[number]['name'];
/** Facets whose values the tagger puts on each paragraph. */
export type ValueFacetName = Extract<(typeof FACETS)[number], { kind: 'values' }>['name'];
/** Facets derived from the article date. */
export type PeriodFacetName = Extract<(typeof FACETS)[number], { kind: 'period' }>['name'];

export const VALUE_FACETS = FACETS.filter(
  (f): f is Extract<(typeof FACETS)[number], { kind: 'values' }> => f.kind === 'values',
);

/** `{ persons: [], countries: [], … }`: one empty list per values facet. */
export function emptyFacetValues(): Record<ValueFacetName, string[]> {
  return Object.fromEntries(VALUE_FACETS.map((f) => [f.name, []])) as unknown as Record<
    ValueFacetName,
    string[]
  >;
}

/** `{ persons: [], countries: [], date: [] }`: no filter on any facet. */
export function emptyFilters(): Record<FacetName, string[]> {
  return Object.fromEntries(FACETS.map((f) => [f.name, []])) as unknown as Record<FacetName, string[]>;
}

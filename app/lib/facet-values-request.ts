import { z } from 'zod';
import { facetWords, LIMITS, VALUE_FACETS, type ValueFacetName } from '../../search/index';
import { issueSentence, parseSearchRequest } from './search-request';
import type { SearchState } from './url-state';

/** `/api/facets`: which facet, the text typed in its filter box, and the search it is counted under. */
export interface FacetValuesRequest {
  facet: ValueFacetName;
  text: string;
  state: SearchState;
}

const CONTROL_RE = /\p{Cc}/u;
const FACET_NAMES = VALUE_FACETS.map((f) => f.name) as [ValueFacetName, ...ValueFacetName[]];

/** The text typed in a facet's filter box. */
export const facetTextSchema = z
  .string()
  .trim()
  .min(1, 'texte à chercher attendu')
  .max(LIMITS.filterValueLength, `${LIMITS.filterValueLength} caractères au plus`)
  .refine((t) => !CONTROL_RE.test(t), 'caractères de contrôle interdits')
  .refine((t) => facetWords(t) !== '', 'au moins une lettre ou un chiffre attendu');

const requestSchema = z.object({
  facet: z.enum(FACET_NAMES, `une facette parmi ${FACET_NAMES.join(', ')} attendue`),
  text: facetTextSchema,
});

export type FacetValuesRequestResult = { success: true; request: FacetValuesRequest } | { success: false; error: string };

/** `?facet=persons&text=gantz&q=…&country=…`: the search state is read as `/api/search` reads it. */
export function parseFacetValuesRequest(params: URLSearchParams): FacetValuesRequestResult {
  for (const single of ['facet', 'text']) {
    if (params.getAll(single).length > 1) return { success: false, error: issueSentence(single, 'une seule valeur attendue') };
  }
  const parsed = requestSchema.safeParse({ facet: params.get('facet') ?? '', text: params.get('text') ?? '' });
  if (!parsed.success) {
    return { success: false, error: parsed.error.issues.map((i) => issueSentence(String(i.path[0]), i.message)).join(' ') };
  }
  const search = parseSearchRequest(params);
  if (!search.success) return search;
  return { success: true, request: { ...parsed.data, state: search.state } };
}

import 'server-only';
import { VALUE_FACETS } from '../../search/index';
import type { FacetValuesResponse } from './api-types';
import { countryName } from './country-names';
import { withEngine } from './engine';
import type { FacetValuesRequest } from './facet-values-request';
import { toSearchQuery } from './search-request';

/** The values of a facet matching the text, with their display names, under the search. */
export async function findFacetValues({ facet, text, state }: FacetValuesRequest): Promise<FacetValuesResponse> {
  const label = VALUE_FACETS.find((f) => f.name === facet)?.display === 'country' ? countryName : undefined;
  const values = await withEngine((engine) => engine.searchFacetValues({ facet, text, query: toSearchQuery(state), label }));
  return { facet, text, values: values.map(({ value, count }) => ({ value, label: label ? label(value) : value, count })) };
}

import type { FacetDefinition, PeriodFacetName, ValueFacetName } from '../../search/index';

type Shown = Pick<FacetDefinition, 'param' | 'label' | 'singularLabel' | 'display'>;

/**
 * What the app needs of a facet of the registry: plain data, so the server can hand it to
 * client components (the registry's zod schemas stay on the server, out of the browser bundle).
 */
export type FacetView =
  | (Shown & { readonly kind: 'values'; readonly name: ValueFacetName })
  | (Shown & { readonly kind: 'period'; readonly name: PeriodFacetName });

import 'server-only';
import { FACETS } from '../../search/index';
import type { FacetView } from './facet-view';

/** The registry as client components receive it. */
export const FACET_VIEWS: readonly FacetView[] = FACETS.map(
  ({ name, param, label, singularLabel, kind, display }): FacetView =>
    ({ name, param, label, singularLabel, kind, display }) as FacetView,
);

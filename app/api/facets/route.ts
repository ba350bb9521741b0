import { engineResponse, invalidRequest } from '../../lib/api-response';
import { findFacetValues } from '../../lib/facet-values';
import { parseFacetValuesRequest } from '../../lib/facet-values-request';

export const dynamic = 'force-dynamic';

/** `GET /api/facets?facet=persons&text=gantz&<search state>`: the facet's values matching the text. */
export async function GET(request: Request): Promise<Response> {
  const parsed = parseFacetValuesRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidRequest(parsed.error);
  return engineResponse(() => findFacetValues(parsed.request));
}

import { engineResponse, invalidRequest } from '../../lib/api-response';
import { searchParagraphs } from '../../lib/engine';
import { parseSearchRequest } from '../../lib/search-request';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const parsed = parseSearchRequest(new URL(request.url).searchParams);
  if (!parsed.success) return invalidRequest(parsed.error);
  return engineResponse(() => searchParagraphs(parsed.state));
}

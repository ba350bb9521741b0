import { toResponse } from '../../lib/api-response';
import { registerBareSearch } from '../../lib/bare-search';
import { answerSearch } from '../../lib/search-api';

export const dynamic = 'force-dynamic';

// From here on, the bare handler of `start/bare-search.cjs` answers `GET /api/search` in this process.
registerBareSearch();

export async function GET(request: Request): Promise<Response> {
  return toResponse(await answerSearch(new URL(request.url).searchParams));
}

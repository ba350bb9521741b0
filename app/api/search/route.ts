import type { ApiError } from '../../lib/api-types';
import { searchParagraphs } from '../../lib/engine';
import { invalidParamsMessage } from '../../lib/messages';
import { toSearchFailure } from '../../lib/search-failure';
import { parseSearchRequest } from '../../lib/search-request';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

function errorResponse(status: number, body: ApiError): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export async function GET(request: Request): Promise<Response> {
  const parsed = parseSearchRequest(new URL(request.url).searchParams);
  if (!parsed.success) {
    return errorResponse(400, { error: 'invalid_request', message: invalidParamsMessage(parsed.error) });
  }
  try {
    return Response.json(await searchParagraphs(parsed.state), { headers: NO_STORE });
  } catch (error) {
    const { status, error: code, message } = toSearchFailure(error);
    return errorResponse(status, { error: code, message });
  }
}

import { EngineUnavailableError, searchParagraphs, StoreMissingError, unavailableMessage } from '../../lib/engine';
import { parseSearchRequest } from '../../lib/search-request';
import type { ApiError } from '../../lib/api-types';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

function errorResponse(status: number, body: ApiError): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export async function GET(request: Request): Promise<Response> {
  const parsed = parseSearchRequest(new URL(request.url).searchParams);
  if (!parsed.success) {
    return errorResponse(400, { error: 'invalid_request', message: parsed.error });
  }
  try {
    return Response.json(await searchParagraphs(parsed.state), { headers: NO_STORE });
  } catch (error) {
    if (error instanceof EngineUnavailableError) {
      return errorResponse(503, {
        error: error instanceof StoreMissingError ? 'index_missing' : 'engine_unavailable',
        message: unavailableMessage(error),
      });
    }
    return errorResponse(500, { error: 'internal_error', message: 'Erreur interne du serveur.' });
  }
}

import type { ApiError } from './api-types';
import { invalidParamsMessage } from './messages';
import { SearchQueueFullError } from './search-admission';
import { toSearchFailure } from './search-failure';

const NO_STORE = { 'Cache-Control': 'no-store' };

function errorResponse(status: number, body: ApiError, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** 400 with the French sentence naming what is wrong in the request. */
export function invalidRequest(detail: string): Response {
  return errorResponse(400, { error: 'invalid_request', message: invalidParamsMessage(detail) });
}

/** The JSON of an engine call, never cached; its failure mapped by the error contract. */
export async function engineResponse(run: () => Promise<unknown>): Promise<Response> {
  try {
    return Response.json(await run(), { headers: NO_STORE });
  } catch (error) {
    const { status, error: code, message } = toSearchFailure(error);
    const retry = error instanceof SearchQueueFullError ? { 'Retry-After': String(error.retryAfterSeconds) } : undefined;
    return errorResponse(status, { error: code, message }, retry);
  }
}

import type { ApiError } from './api-types';
import { invalidParamsMessage } from './messages';
import { SearchQueueFullError } from './search-admission';
import { toSearchFailure } from './search-failure';

/**
 * An API answer as plain data: the Next route wraps it in a `Response`, the bare `node:http`
 * handler of `/api/search` writes it as it is (no WHATWG objects on its path).
 */
export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

// What `Response.json` sets, so both paths send the same bytes and headers.
const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' };

function jsonAnswer(status: number, value: unknown, headers: Record<string, string> = {}): ApiAnswer {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(value) };
}

export function toResponse(answer: ApiAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** 400 with the French sentence naming what is wrong in the request. */
export function invalidAnswer(detail: string): ApiAnswer {
  return jsonAnswer(400, { error: 'invalid_request', message: invalidParamsMessage(detail) } satisfies ApiError);
}

/** The JSON of an engine call, never cached; its failure mapped by the error contract. */
export async function engineAnswer(run: () => Promise<unknown>): Promise<ApiAnswer> {
  try {
    return jsonAnswer(200, await run());
  } catch (error) {
    const { status, error: code, message } = toSearchFailure(error);
    const retry = error instanceof SearchQueueFullError ? { 'retry-after': String(error.retryAfterSeconds) } : undefined;
    return jsonAnswer(status, { error: code, message } satisfies ApiError, retry);
  }
}

export function invalidRequest(detail: string): Response {
  return toResponse(invalidAnswer(detail));
}

export async function engineResponse(run: () => Promise<unknown>): Promise<Response> {
  return toResponse(await engineAnswer(run));
}

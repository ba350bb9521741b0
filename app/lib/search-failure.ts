import {
  EngineUnavailableError,
  IndexMissingError,
  InvalidQueryError,
  QueryTooExpensiveError,
  SearchEngineError,
} from '../../search/index';
import {
  ENGINE_DOWN_MESSAGE,
  INDEX_MISSING_MESSAGE,
  INTERNAL_ERROR_MESSAGE,
  invalidParamsMessage,
  QUERY_TOO_EXPENSIVE_MESSAGE,
} from './messages';

/** How the app answers a failed engine call: status, API error code and French message. */
export interface SearchFailure {
  status: 400 | 500 | 503;
  error: 'invalid_request' | 'index_missing' | 'engine_unavailable' | 'query_too_expensive' | 'internal_error';
  message: string;
}

/**
 * The port's error contract, mapped once for the API route and the pages: a refused query is
 * the caller's fault (400), an engine that is down or not built yet is ours to fix (503), and
 * anything else is a bug, logged with its cause (500), never reported as "engine unavailable".
 */
export function toSearchFailure(error: unknown): SearchFailure {
  if (error instanceof InvalidQueryError) {
    return { status: 400, error: 'invalid_request', message: invalidParamsMessage(error.message) };
  }
  // The engine stopped this query to keep serving others: a retry of the same query fails again.
  if (error instanceof QueryTooExpensiveError) {
    return { status: 503, error: 'query_too_expensive', message: QUERY_TOO_EXPENSIVE_MESSAGE };
  }
  if (error instanceof IndexMissingError) {
    return { status: 503, error: 'index_missing', message: INDEX_MISSING_MESSAGE };
  }
  if (error instanceof EngineUnavailableError) {
    console.error('[paragraphe] search engine unavailable:', error);
    return { status: 503, error: 'engine_unavailable', message: ENGINE_DOWN_MESSAGE };
  }
  console.error('[paragraphe] search failed:', error);
  return { status: 500, error: 'internal_error', message: INTERNAL_ERROR_MESSAGE };
}

/**
 * For pages, which show a French message in place: the failure of a port error. Anything else
 * is a bug and is thrown again, for the error boundary to show and Next to log.
 */
export function toPageFailure(error: unknown): SearchFailure {
  if (!(error instanceof SearchEngineError)) throw error;
  return toSearchFailure(error);
}

import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';
import { EngineUnavailableError, SearchEngineError } from '../errors';

/*
 * The adapter's errors sit under the port's classes: what makes the server unusable right now
 * (unreachable, timed out, key refused) is an `EngineUnavailableError`; misuse and unexpected
 * answers are `MeilisearchEngineError`s (a `SearchEngineError`). The client's error is `cause`.
 */

/** Adapter misuse or an answer we did not expect; the client's error is kept as `cause`. */
export class MeilisearchEngineError extends SearchEngineError {
  override name = 'MeilisearchEngineError';
}

/** A task resolved with status `failed` or `canceled` (the client resolves those without throwing). */
export class MeilisearchTaskFailedError extends MeilisearchEngineError {
  override name = 'MeilisearchTaskFailedError';
  constructor(
    message: string,
    readonly taskUid: number,
    readonly status: string,
    readonly code: string | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A task, or an HTTP request, did not finish within its explicit time limit. */
export class MeilisearchTimeoutError extends EngineUnavailableError {
  override name = 'MeilisearchTimeoutError';
}

/** The server could not be reached (network, DNS, refused connection). */
export class MeilisearchUnavailableError extends EngineUnavailableError {
  override name = 'MeilisearchUnavailableError';
}

/** The API key was refused, or lacks the action needed (HTTP 401/403). */
export class MeilisearchAuthError extends EngineUnavailableError {
  override name = 'MeilisearchAuthError';
}

/** Meilisearch answered with an API error we did not expect. */
export class MeilisearchApiCallError extends MeilisearchEngineError {
  override name = 'MeilisearchApiCallError';
  constructor(
    message: string,
    readonly code: string | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The API error code of a client error, when it carries one. */
export function apiErrorCode(error: unknown): string | null {
  return error instanceof MeilisearchApiError ? (error.cause?.code ?? null) : null;
}

/**
 * Maps any error from the client into our hierarchy. Messages name what we were doing and the
 * server's own code, never the API key (the client already redacts it from timeout causes).
 */
export function toEngineError(error: unknown, doing: string): SearchEngineError {
  if (error instanceof SearchEngineError) return error;
  if (error instanceof MeilisearchTaskTimeOutError || error instanceof MeilisearchRequestTimeOutError) {
    return new MeilisearchTimeoutError(`${doing}: timed out (${error.message})`, { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status;
    const code = error.cause?.code ?? null;
    if (status === 401 || status === 403) {
      return new MeilisearchAuthError(
        `${doing}: the API key was refused (${code ?? status}); check the key and its actions`,
        { cause: error },
      );
    }
    return new MeilisearchApiCallError(`${doing}: ${code ?? status}: ${error.message}`, code, {
      cause: error,
    });
  }
  if (error instanceof MeilisearchRequestError) {
    return new MeilisearchUnavailableError(`${doing}: Meilisearch is unreachable`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new MeilisearchEngineError(`${doing}: ${message}`, { cause: error });
}

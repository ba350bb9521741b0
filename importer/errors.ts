/**
 * Errors of the importer. An `ImportError` concerns one source (a file, a URL, a feed item, a line
 * of an export): it is reported on one line and the other sources are still imported.
 */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The network or the server failed us: refused connection, time-out, HTTP error status. */
export class FetchError extends ImportError {
  override name = 'FetchError';
}
export class HttpStatusError extends FetchError {
  override name = 'HttpStatusError';
  constructor(
    readonly status: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
export class RedirectError extends FetchError {
  override name = 'RedirectError';
}
export class TooLargeError extends ImportError {
  override name = 'TooLargeError';
}
/** The source is not what it claims to be: a feed that is not XML, a page with no article text. */
export class InvalidSourceError extends ImportError {
  override name = 'InvalidSourceError';
}
export class MissingDateError extends ImportError {
  override name = 'MissingDateError';
}
export class LanguageError extends ImportError {
  override name = 'LanguageError';
}
export class WriteError extends ImportError {
  override name = 'WriteError';
}

/** Bad flags or configuration: the run stops before importing anything (exit code 2). */
export class ImportConfigError extends Error {
  override name = 'ImportConfigError';
}

export function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { escapeUnsafeChars, quotePath } from './terminal-text';

/**
 * Errors of the indexer. A `CorpusFileError` concerns one file: it is reported on one line and
 * the file is skipped. Anything else stops the run (and the write session is aborted).
 */
export class IndexerError extends Error {
  override name = 'IndexerError';
}

/** The corpus folder itself cannot be listed: nothing can be indexed. */
export class CorpusDirError extends IndexerError {
  override name = 'CorpusDirError';
}

/** One corpus file could not be indexed; `file` is the path as given to the reader. */
export class CorpusFileError extends IndexerError {
  override name = 'CorpusFileError';
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string, options?: ErrorOptions) {
    super(`${quotePath(file)}: ${reason}`, options);
    this.file = file;
    this.reason = reason;
  }
}

export class UnreadableFileError extends CorpusFileError {
  override name = 'UnreadableFileError';
}
export class UnsupportedFileError extends CorpusFileError {
  override name = 'UnsupportedFileError';
}
/** A symbolic link that resolves outside the corpus folder, refused unless allowed. */
export class ExternalLinkError extends CorpusFileError {
  override name = 'ExternalLinkError';
}
export class FileTooLargeError extends CorpusFileError {
  override name = 'FileTooLargeError';
}
export class BinaryFileError extends CorpusFileError {
  override name = 'BinaryFileError';
}
export class EncodingError extends CorpusFileError {
  override name = 'EncodingError';
}
export class EmptyFileError extends CorpusFileError {
  override name = 'EmptyFileError';
}
export class InvalidArticleIdError extends CorpusFileError {
  override name = 'InvalidArticleIdError';
}
export class DuplicateArticleIdError extends CorpusFileError {
  override name = 'DuplicateArticleIdError';
}
export class MissingDateError extends CorpusFileError {
  override name = 'MissingDateError';
}
export class InvalidDateError extends CorpusFileError {
  override name = 'InvalidDateError';
}
export class FrontMatterError extends CorpusFileError {
  override name = 'FrontMatterError';
}
export class TaggingError extends CorpusFileError {
  override name = 'TaggingError';
}

/** The run was interrupted (signal); the write session is aborted. */
export class IndexingAbortedError extends IndexerError {
  override name = 'IndexingAbortedError';
}

/**
 * One line for a log: the message, plus the cause's message when it adds something. Control
 * characters left in either (a path inside a system error) are escaped, never printed raw.
 */
export function formatErrorLine(error: unknown): string {
  if (!(error instanceof Error)) return escapeUnsafeChars(String(error));
  const cause = error.cause instanceof Error ? firstLineOfCause(error.cause) : undefined;
  const head = error.message.split('\n')[0] ?? error.message;
  return escapeUnsafeChars(cause && !head.includes(cause) ? `${head} (${cause})` : head);
}

/** A system error's message holds the raw path: escaped whole, so a newline in it cuts nothing. */
function firstLineOfCause(cause: Error): string | undefined {
  const message = 'path' in cause ? escapeUnsafeChars(cause.message) : cause.message;
  return message.split('\n')[0];
}

/** Raised by the embedded engine: bad data directory, write misuse, unexpected SQLite failure. */
export class EmbeddedEngineError extends Error {
  override name = 'EmbeddedEngineError';
}

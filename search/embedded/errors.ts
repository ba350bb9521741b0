import { SearchEngineError } from '../errors';

/** Misuse of the embedded engine (closed, read-only, write session state) or a failed write. */
export class EmbeddedEngineError extends SearchEngineError {
  override name = 'EmbeddedEngineError';
}

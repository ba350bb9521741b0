/**
 * The error contract of the `SearchEngine` port: every adapter throws these (with the engine's
 * own error as `cause`), so callers map them without knowing the adapter. The app answers
 * `InvalidQueryError` with 400, `EngineUnavailableError`, `IndexMissingError` and
 * `QueryTooExpensiveError` with 503, and anything else with a logged 500: a bug is not "engine
 * unavailable".
 */
/** The kind of an error class of the contract, the same in every copy of this module. */
export const SEARCH_ERROR_KIND: unique symbol = Symbol.for('paragraphe.search-error.kind');

type Kinded = { [SEARCH_ERROR_KIND]?: string };

export class SearchEngineError extends Error {
  override name = 'SearchEngineError';
  static readonly [SEARCH_ERROR_KIND]: string = 'SearchEngineError';

  /**
   * `instanceof` by kind for the classes that declare one: Next bundles pages and route handlers
   * apart, each with its own copy of this module, while one engine and one admission per process
   * serve them all, so an error made by one copy must match the other copy's class.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (!Object.hasOwn(this, SEARCH_ERROR_KIND)) return Function.prototype[Symbol.hasInstance].call(this, value);
    const kind = (this as Kinded)[SEARCH_ERROR_KIND];
    for (let proto: unknown = value == null ? null : Object.getPrototypeOf(value); proto; proto = Object.getPrototypeOf(proto)) {
      const constructor = (proto as { constructor?: Kinded }).constructor;
      if (constructor && Object.hasOwn(constructor, SEARCH_ERROR_KIND) && constructor[SEARCH_ERROR_KIND] === kind) return true;
    }
    return false;
  }
}

/** The engine cannot be reached or cannot serve now (server down, store locked or corrupt). */
export class EngineUnavailableError extends SearchEngineError {
  override name = 'EngineUnavailableError';
  static override readonly [SEARCH_ERROR_KIND]: string = 'EngineUnavailableError';
}

/** The engine is reachable but holds no index yet: run the indexer. */
export class IndexMissingError extends SearchEngineError {
  override name = 'IndexMissingError';
  static override readonly [SEARCH_ERROR_KIND]: string = 'IndexMissingError';
}

/** The query breaks a rule of the port (limits, malformed filter value); same on every adapter. */
export class InvalidQueryError extends SearchEngineError {
  override name = 'InvalidQueryError';
  static override readonly [SEARCH_ERROR_KIND]: string = 'InvalidQueryError';
}

/**
 * The query needed more work than a search may take (the embedded engine's deadline): the engine
 * stopped it so other users are served. Not the caller's syntax, not an outage: the app answers
 * 503 `query_too_expensive` and asks for a shorter or simpler query.
 */
export class QueryTooExpensiveError extends SearchEngineError {
  override name = 'QueryTooExpensiveError';
  static override readonly [SEARCH_ERROR_KIND]: string = 'QueryTooExpensiveError';
}

/**
 * The index changed while a query's hits were being streamed (export): the rest would not belong
 * to the same result set. Served as "unavailable now": running the request again succeeds.
 */
export class IndexChangedError extends EngineUnavailableError {
  override name = 'IndexChangedError';
  static override readonly [SEARCH_ERROR_KIND]: string = 'IndexChangedError';
}

/**
 * The error contract of the `SearchEngine` port: every adapter throws these (with the engine's
 * own error as `cause`), so callers map them without knowing the adapter. The app answers
 * `InvalidQueryError` with 400, `EngineUnavailableError`, `IndexMissingError` and
 * `QueryTooExpensiveError` with 503, and anything else with a logged 500: a bug is not "engine
 * unavailable".
 */
export class SearchEngineError extends Error {
  override name = 'SearchEngineError';
}

/** The engine cannot be reached or cannot serve now (server down, store locked or corrupt). */
export class EngineUnavailableError extends SearchEngineError {
  override name = 'EngineUnavailableError';
}

/** The engine is reachable but holds no index yet: run the indexer. */
export class IndexMissingError extends SearchEngineError {
  override name = 'IndexMissingError';
}

/** The query breaks a rule of the port (limits, malformed filter value); same on every adapter. */
export class InvalidQueryError extends SearchEngineError {
  override name = 'InvalidQueryError';
}

/**
 * The query needed more work than a search may take (the embedded engine's deadline): the engine
 * stopped it so other users are served. Not the caller's syntax, not an outage: the app answers
 * 503 `query_too_expensive` and asks for a shorter or simpler query.
 */
export class QueryTooExpensiveError extends SearchEngineError {
  override name = 'QueryTooExpensiveError';
}

/**
 * The index changed while a query's hits were being streamed (export): the rest would not belong
 * to the same result set. Served as "unavailable now": running the request again succeeds.
 */
export class IndexChangedError extends EngineUnavailableError {
  override name = 'IndexChangedError';
}

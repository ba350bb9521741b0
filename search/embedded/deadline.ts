import type Database from 'better-sqlite3';
import { QueryTooExpensiveError } from '../errors';

/** Name of the SQL function a search's statements call to stop past the deadline. */
export const DEADLINE_FUNCTION = 'paragraphe_within_deadline';
/**
 * How often (in rows) a statement calls the deadline function: a call into JS costs about what
 * FTS5 spends finding a row, so every row would double the cost of a large match.
 */
export const DEADLINE_ROW_STRIDE = 1024;

/** The SQL condition a streaming statement adds to its WHERE clause. */
export const DEADLINE_CONDITION = `(rowid % ${DEADLINE_ROW_STRIDE} != 0 OR ${DEADLINE_FUNCTION}())`;

/**
 * The time budget of one search. better-sqlite3 exposes neither SQLite's progress handler nor
 * `sqlite3_interrupt`, so the bound is built from two checks: between statements (match, each
 * ranking level, each hit), and inside the statements that stream many rows, through a SQL
 * function called every `DEADLINE_ROW_STRIDE` rows. A single FTS5 step between checks is bounded
 * by the query-parts cap (a phrase reads at most `LIMITS.queryParts` doclists).
 */
export class SearchDeadline {
  private endsAt = Number.POSITIVE_INFINITY;

  constructor(
    db: Database.Database,
    private readonly budgetMs: number,
  ) {
    db.function(DEADLINE_FUNCTION, { deterministic: false }, () => {
      this.check();
      return 1;
    });
  }

  start(): void {
    this.endsAt = performance.now() + this.budgetMs;
  }

  stop(): void {
    this.endsAt = Number.POSITIVE_INFINITY;
  }

  /**
   * Runs `work` off the clock: loading the caches of a new index version is paid once by
   * whichever search comes first, not by the query itself.
   */
  excluding<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.endsAt += performance.now() - started;
    }
  }

  /** @throws QueryTooExpensiveError past the budget. */
  check(): void {
    if (performance.now() > this.endsAt) {
      throw new QueryTooExpensiveError(`the query took more than ${this.budgetMs} ms and was stopped`);
    }
  }
}

import { QueryTooExpensiveError, SEARCH_ERROR_KIND } from '../../search/index';
import type { QueryCost } from './query-cost';

/**
 * Refused because too many expensive searches already wait in this process: answered 503
 * `query_too_expensive` with `Retry-After`, before the engine does any work.
 */
export class SearchQueueFullError extends QueryTooExpensiveError {
  override name = 'SearchQueueFullError';
  // Pages and the route each have a copy of this class, sharing one admission per process.
  static override readonly [SEARCH_ERROR_KIND]: string = 'SearchQueueFullError';

  constructor(
    readonly retryAfterSeconds: number,
    options?: ErrorOptions,
  ) {
    super(`too many expensive searches are waiting; retry in ${retryAfterSeconds} s`, options);
  }
}

export interface AdmissionOptions {
  /** Expensive searches that may wait at once; the next one is refused. */
  maxWaiting: number;
  /** Seconds a refused caller is told to wait (`Retry-After`). */
  retryAfterSeconds: number;
  /**
   * Ends the current turn of the event loop, so requests that arrived meanwhile (cheap ones)
   * reach the engine before the next expensive search: `setImmediate` in a server.
   */
  yieldTurn: () => Promise<void>;
  /** The pause after an expensive search that took `ms`, before the next one starts. */
  rest: (ms: number) => Promise<void>;
  now: () => number;
}

interface Waiting {
  start: () => void;
  /** Settles when the search started by `start` has ended, well or not. */
  done: Promise<void>;
}

/**
 * Decides when a search runs in this process. The engine is synchronous in one event loop, so a
 * search blocks every request behind it: cheap searches run at once; expensive ones run one at
 * a time, each after the cheap searches in progress and after the loop had a turn for requests
 * that arrived, and each followed by a rest as long as it took (at least `rest`'s floor), so
 * expensive work gets at most about half of the process whatever the number of clients sending
 * it. Waiting costs nothing but memory, and the queue is bounded.
 */
export class SearchAdmission {
  private readonly cheapRunning = new Set<Promise<unknown>>();
  private readonly waiting: Waiting[] = [];
  private draining = false;

  constructor(private readonly options: AdmissionOptions) {}

  /** Expensive searches waiting for their turn. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `work` in the lane of `cost`; throws `SearchQueueFullError` when that lane is full. */
  async run<T>(cost: QueryCost, work: () => Promise<T>): Promise<T> {
    return cost === 'cheap' ? this.runCheap(work) : this.runExpensive(work);
  }

  private async runCheap<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.cheapRunning.add(settled);
    try {
      return await running;
    } finally {
      this.cheapRunning.delete(settled);
    }
  }

  private async runExpensive<T>(work: () => Promise<T>): Promise<T> {
    if (this.waiting.length >= this.options.maxWaiting) {
      throw new SearchQueueFullError(this.options.retryAfterSeconds);
    }
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    await new Promise<void>((start) => {
      this.waiting.push({ start, done });
      void this.drain();
    });
    try {
      return await work();
    } finally {
      finished();
    }
  }

  /** One expensive search at a time, in arrival order. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.waiting.length > 0) {
        await this.options.yieldTurn();
        // Only those in progress now: a steady flow of cheap ones (a remote engine) must not starve this lane.
        await Promise.all([...this.cheapRunning]);
        const next = this.waiting.shift()!;
        const started = this.options.now();
        next.start();
        await next.done;
        await this.options.rest(this.options.now() - started);
      }
    } finally {
      this.draining = false;
    }
  }
}

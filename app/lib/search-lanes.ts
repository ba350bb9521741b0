import 'server-only';
import { parseQuery } from '../../search/index';
import { predictQueryCost, type QueryCost } from './query-cost';
import { SearchAdmission } from './search-admission';
import type { SearchState } from './url-state';

/** A search that took this long (ms) runs in the expensive lane next time, whatever its shape. */
export const MEASURED_EXPENSIVE_MS = 20;
/** The shortest rest between two expensive searches: a cached one still costs the process a request. */
export const MIN_REST_MS = 10;
/** Expensive searches that may wait in one process; the next is refused with `Retry-After`. */
export const MAX_WAITING = 32;
const RETRY_AFTER_SECONDS = 1;
const REMEMBERED_QUERIES = 2_000;

/**
 * Measured durations of recent searches, keyed on the parsed query (not its spelling: a new case
 * or spacing of a costly query is the same query) and its filters and options.
 */
export class QueryCostMemory {
  private readonly costs = new Map<string, number>();

  constructor(private readonly capacity = REMEMBERED_QUERIES) {}

  static key(state: SearchState): string {
    const { words, excluded } = parseQuery(state.q);
    const shape = (list: typeof words) => list.map((w) => [w.phrase, w.prefix, w.optional, w.parts.map((p) => p.norm)]);
    return JSON.stringify([shape(words), shape(excluded), state.filters, state.page, state.sort, state.from, state.to]);
  }

  remember(key: string, ms: number): void {
    this.costs.delete(key);
    this.costs.set(key, ms);
    if (this.costs.size > this.capacity) this.costs.delete(this.costs.keys().next().value!);
  }

  /** Expensive when its shape says so or when it last took `MEASURED_EXPENSIVE_MS` or more. */
  costOf(key: string, state: SearchState): QueryCost {
    if ((this.costs.get(key) ?? 0) >= MEASURED_EXPENSIVE_MS) return 'expensive';
    return predictQueryCost(state.q);
  }
}

function serverAdmission(): SearchAdmission {
  return new SearchAdmission({
    maxWaiting: MAX_WAITING,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    yieldTurn: () => new Promise((resolve) => setImmediate(resolve)),
    rest: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(ms, MIN_REST_MS))),
    now: () => performance.now(),
  });
}

// Route handlers and pages may be bundled separately: one scheduler per process on globalThis.
const SLOT = Symbol.for('paragraphe.web.search-lanes');
type Slot = { admission?: SearchAdmission; memory?: QueryCostMemory };
const slot = ((globalThis as Record<symbol, unknown>)[SLOT] ??= {}) as Slot;

/** Runs the search of `state` when this process's admission lets it, remembering what it cost. */
export async function admitSearch<T>(state: SearchState, search: () => Promise<T>): Promise<T> {
  const admission = (slot.admission ??= serverAdmission());
  const memory = (slot.memory ??= new QueryCostMemory());
  const key = QueryCostMemory.key(state);
  return admission.run(memory.costOf(key, state), async () => {
    const started = performance.now();
    try {
      return await search();
    } finally {
      memory.remember(key, performance.now() - started);
    }
  });
}

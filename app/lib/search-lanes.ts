import 'server-only';
import { predictQueryCost } from './query-cost';
import { SearchAdmission } from './search-admission';
import type { SearchState } from './url-state';

/** The shortest rest between two expensive searches: a cached one still costs the process a request. */
export const MIN_REST_MS = 10;
/** Expensive searches that may wait in one process; the next is refused with `Retry-After`. */
export const MAX_WAITING = 32;
const RETRY_AFTER_SECONDS = 1;

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
type Slot = { admission?: SearchAdmission };
const slot = ((globalThis as Record<symbol, unknown>)[SLOT] ??= {}) as Slot;

/**
 * Runs the search of `state` when this process's admission lets it, in the lane its predicted
 * cost gives. The prediction is from the query's shape only: a measured duration would say more
 * about the machine's load and the result cache than about the query, and under load it sent
 * ordinary queries to the slow lane.
 */
export function admitSearch<T>(state: SearchState, search: () => Promise<T>): Promise<T> {
  const admission = (slot.admission ??= serverAdmission());
  return admission.run(predictQueryCost(state.q), search);
}

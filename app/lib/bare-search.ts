import 'server-only';
import type { ApiAnswer } from './api-response';
import { answerSearch } from './search-api';
import { API_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS } from './security-headers';

/** Where `start/bare-search.cjs` finds the answer function (the same symbol, spelled there). */
export const BARE_SEARCH_SLOT = Symbol.for('paragraphe.web.bare-search');

/** The answer of `GET /api/search?<query>` with the headers `proxy.ts` adds to API answers. */
export type BareSearch = (query: string) => Promise<ApiAnswer>;

const API_HEADERS = Object.fromEntries(
  Object.entries({ ...COMMON_SECURITY_HEADERS, 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY }).map(
    ([name, value]) => [name.toLowerCase(), value],
  ),
);

export const bareSearch: BareSearch = async (query) => {
  const answer = await answerSearch(new URLSearchParams(query));
  return { ...answer, headers: { ...answer.headers, ...API_HEADERS } };
};

/**
 * Called by the route module when Next loads it (on the first `/api/search` it serves): hands
 * that very module copy to the bare handler, which has none of its own. Next bundles
 * `instrumentation.ts` apart, with classes of its own: errors thrown by an admission or engine
 * made by one copy are not `instanceof` the other's, and a full queue answered 500, not 503.
 */
export function registerBareSearch(): void {
  (globalThis as Record<symbol, unknown>)[BARE_SEARCH_SLOT] = bareSearch;
}

import type { SearchResult } from '../types';
import { getRecent } from './recent';

const MAX_RESULTS = 32;

/**
 * The last pages served, keyed on the parsed query, filters and page: a client that repeats a
 * costly query in new spellings (case, spacing) is answered from here. At most 32 pages of at
 * most 100 hits. Belongs to one index version, like the match cache.
 */
export class ResultCache {
  private readonly entries = new Map<string, SearchResult>();

  get(key: string): SearchResult | undefined {
    return getRecent(this.entries, key);
  }

  set(key: string, result: SearchResult): void {
    this.entries.delete(key);
    this.entries.set(key, result);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= MAX_RESULTS) break;
      this.entries.delete(oldest);
    }
  }
}

import type { ParsedQuery } from '../french/index';
import type { QueryRelaxation } from '../types';
import type { RankedLevel } from './level-order';
import type { MatchLevel, QueryPlan } from './match-expression';
import { getRecent } from './recent';

/** The text side of a query, independent of filters and page: what facet clicks and paging reuse. */
export interface TextMatch {
  /** The query as run: relaxed when no paragraph held every required word. */
  query: ParsedQuery;
  plan: QueryPlan;
  level: MatchLevel;
  /** FTS5 expression of the loosest level, or null when no word is required. */
  expression: string | null;
  /**
   * Rowids matching the loosest level, ascending; with no required word but exclusions, every
   * paragraph without them, newest first.
   */
  rowids: Int32Array;
  relaxation: QueryRelaxation | null;
  /** Each level's rowids, ranked, filled as pages need them. */
  rankedByLevel: Map<MatchLevel, RankedLevel>;
}

const MAX_ENTRIES = 64;
/** Bound on the rowids held (4 bytes each, ranked lists counted twice): ~16 MB. */
const MAX_ROWIDS = 2_000_000;

/**
 * Recent queries' text matches, least recently used evicted first. Belongs to one index version:
 * the engine drops it when the index changes.
 */
export class MatchCache {
  private readonly entries = new Map<string, TextMatch>();
  private held = 0;

  get(q: string): TextMatch | undefined {
    return getRecent(this.entries, q);
  }

  set(q: string, entry: TextMatch): void {
    const weight = entry.rowids.length * 2;
    if (weight > MAX_ROWIDS) return;
    const previous = this.entries.get(q);
    if (previous) this.remove(q, previous);
    this.entries.set(q, entry);
    this.held += weight;
    for (const [key, oldest] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.held <= MAX_ROWIDS) break;
      this.remove(key, oldest);
    }
  }

  private remove(q: string, entry: TextMatch): void {
    this.entries.delete(q);
    this.held -= entry.rowids.length * 2;
  }
}

import type { FacetCache } from './facet-cache';

/**
 * A match level holding more paragraphs than this is not scored with BM25. FTS5's bm25() costs
 * about ten times the match itself per row (~2 µs a row, plus a pass over each phrase's doclist),
 * so a level of 2,000 paragraphs took 4-5 ms, the latency budget of a whole search; such a level is
 * ordered by word count instead (BM25's length term, exactly its order for a word used once per
 * paragraph), and only the page's top is selected. Known items are found as well at 250 as at
 * 2,000, and broad queries' top 10 are as dense in the word (the relevance bench).
 */
export const BM25_LEVEL_CAP = 250;

/**
 * One match level's paragraphs: `scored` ones in rank order (BM25, then newest first);
 * `byLength` ones unordered, the page's top selected from them at each search.
 */
export interface RankedLevel {
  order: 'scored' | 'byLength';
  rowids: Int32Array;
}

/**
 * Rowids by ascending penalty (see `buildRefinements`; none: all equal), then ascending score
 * (FTS5's bm25() is lower for better), newest first between equal scores.
 */
export function orderByScore(cache: FacetCache, rowids: Int32Array, scores: Float64Array, penalties?: Float64Array): Int32Array {
  const { recency } = cache;
  const positions = Array.from(rowids.keys());
  const penalty = (i: number) => penalties?.[i] ?? 0;
  positions.sort((a, b) => penalty(a) - penalty(b) || scores[a]! - scores[b]! || recency[rowids[a]!]! - recency[rowids[b]!]!);
  return Int32Array.from(positions, (i) => rowids[i]!);
}

/** Each row's penalty: the sum of those of the refinements (sorted rowid lists) it is not in. */
export function sumPenalties(rowids: Int32Array, refinements: readonly { rowids: Int32Array; penalty: number }[]): Float64Array {
  const penalties = new Float64Array(rowids.length);
  for (const { rowids: members, penalty } of refinements) {
    const inside = new Set(members);
    rowids.forEach((r, i) => {
      if (!inside.has(r)) penalties[i]! += penalty;
    });
  }
  return penalties;
}

/** The scores of a `group_concat` list, in the order of its rowids. */
export function parseScores(list: unknown): Float64Array {
  if (typeof list !== 'string' || list === '') return new Float64Array(0);
  return Float64Array.from(list.split(','), Number);
}

/**
 * The `count` best of the candidates flagged in `accept`, fewest words first, then newest: a
 * bounded max-heap, so the cost is one comparison per candidate past the first `count`.
 */
export function selectShortest(cache: FacetCache, candidates: Int32Array, accept: Uint8Array, count: number): number[] {
  if (count <= 0) return [];
  const { wordCounts, recency, size } = cache;
  const keys = new Float64Array(count);
  const rowids = new Int32Array(count);
  let n = 0;
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) return;
      const child = left + 1 < n && keys[left + 1]! > keys[left]! ? left + 1 : left;
      if (keys[child]! <= keys[i]!) return;
      [keys[i], keys[child]] = [keys[child]!, keys[i]!];
      [rowids[i], rowids[child]] = [rowids[child]!, rowids[i]!];
      i = child;
    }
  };
  for (const r of candidates) {
    if (accept[r] !== 1) continue;
    const key = wordCounts[r]! * size + recency[r]!;
    if (n < count) {
      // Sift up: the root stays the worst kept candidate.
      let i = n++;
      keys[i] = key;
      rowids[i] = r;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (keys[parent]! >= keys[i]!) break;
        [keys[i], keys[parent]] = [keys[parent]!, keys[i]!];
        [rowids[i], rowids[parent]] = [rowids[parent]!, rowids[i]!];
        i = parent;
      }
    } else if (key < keys[0]!) {
      keys[0] = key;
      rowids[0] = r;
      siftDown(0);
    }
  }
  const kept = Array.from(rowids.subarray(0, n).keys());
  kept.sort((a, b) => keys[a]! - keys[b]!);
  return kept.map((i) => rowids[i]!);
}

import { describe, expect, it } from 'vitest';
import type { FacetCache } from './facet-cache';
import { orderByScore, parseScores, selectShortest, sumPenalties } from './level-order';

/** The parts of a facet cache ordering reads: word counts and recency (position, newest first). */
function cacheOf(wordCounts: number[], newestFirst: number[]): FacetCache {
  const size = wordCounts.length;
  const recency = new Int32Array(size);
  newestFirst.forEach((rowid, position) => (recency[rowid] = position));
  return { size, wordCounts: Uint16Array.from(wordCounts), recency, newestFirst: Int32Array.from(newestFirst) } as FacetCache;
}

describe('selectShortest', () => {
  // rowid:        0  1  2  3  4  5  6  7
  const counts = [9, 3, 7, 3, 1, 12, 3, 5];
  const cache = cacheOf(counts, [6, 5, 4, 3, 2, 1, 0, 7]);
  const all = Int32Array.from(counts.keys());

  it('keeps the fewest-word candidates, newest first between equal counts', () => {
    const accept = new Uint8Array(8).fill(1);
    expect(selectShortest(cache, all, accept, 4)).toEqual([4, 6, 3, 1]);
    expect(selectShortest(cache, all, accept, 8)).toEqual([4, 6, 3, 1, 7, 2, 0, 5]);
    expect(selectShortest(cache, all, accept, 20)).toEqual([4, 6, 3, 1, 7, 2, 0, 5]);
  });

  it('only takes accepted candidates, and nothing for a count of zero', () => {
    const accept = Uint8Array.from([1, 0, 1, 0, 0, 1, 1, 0]);
    expect(selectShortest(cache, all, accept, 3)).toEqual([6, 2, 0]);
    expect(selectShortest(cache, all, accept, 0)).toEqual([]);
  });

  it('agrees with a full sort on a larger random set', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const many = Array.from({ length: 500 }, () => Math.floor(random() * 40));
    const order = Array.from(many.keys()).sort(() => random() - 0.5);
    const big = cacheOf(many, order);
    const accept = Uint8Array.from(many, () => (random() < 0.7 ? 1 : 0));
    const expected = Array.from(many.keys())
      .filter((r) => accept[r] === 1)
      .sort((a, b) => many[a]! - many[b]! || big.recency[a]! - big.recency[b]!)
      .slice(0, 37);
    expect(selectShortest(big, Int32Array.from(many.keys()), accept, 37)).toEqual(expected);
  });
});

describe('orderByScore', () => {
  it('orders by BM25 (lower is better), newest first between equal scores', () => {
    const cache = cacheOf([1, 1, 1, 1], [2, 0, 3, 1]);
    const scores = parseScores('-1.5,-3,-1.5,-0.2');
    expect(Array.from(orderByScore(cache, Int32Array.from([0, 1, 2, 3]), scores))).toEqual([1, 2, 0, 3]);
    expect(parseScores(null)).toHaveLength(0);
  });
});

describe('sumPenalties and orderByScore', () => {
  const cache = cacheOf([5, 5, 5, 5], [0, 1, 2, 3]);
  const rowids = Int32Array.from([0, 1, 2, 3]);

  it('adds the penalty of every refinement a row is outside of', () => {
    const penalties = sumPenalties(rowids, [
      { rowids: Int32Array.from([1, 2]), penalty: 16 },
      { rowids: Int32Array.from([2, 3]), penalty: 1 },
    ]);
    expect(Array.from(penalties)).toEqual([17, 1, 0, 16]);
  });

  it('puts a lower penalty first whatever the score, then the score, then the newest', () => {
    const scores = Float64Array.from([-9, -1, -1, -5]);
    expect(Array.from(orderByScore(cache, rowids, scores))).toEqual([0, 3, 1, 2]);
    expect(Array.from(orderByScore(cache, rowids, scores, Float64Array.from([1, 0, 0, 1])))).toEqual([1, 2, 0, 3]);
  });
});

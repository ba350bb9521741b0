import type { FacetCache } from '../facet-cache';

/** What a search reads of a cache, independent of value ids and of rows past the last live one. */
export function canonical(cache: FacetCache) {
  const live = Array.from(cache.alive.keys()).filter((r) => cache.alive[r] === 1);
  return {
    recencyMatchesOrder: cache.newestFirst.every((r, i) => cache.recency[r] === i),
    scratchZeroed: cache.scratch.every((b) => b === 0),
    live,
    liveCount: cache.liveCount,
    newestFirst: Array.from(cache.newestFirst),
    wordCounts: live.map((r) => cache.wordCounts[r]),
    dimensions: cache.dimensions.map(({ name, column }) => {
      const idsMatchValues = column.values.every((v, id) => column.ids.get(v) === id);
      const rows = live.map((r) => Array.from(column.members.subarray(column.offsets[r]!, column.offsets[r + 1]!), (id) => column.values[id]));
      const postings = column.values
        .map((v, id) => [v, Array.from(column.postings[id]!)] as const)
        .filter(([, p]) => p.length > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1));
      return { name, idsMatchValues, rows, postings };
    }),
  };
}

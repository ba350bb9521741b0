import { allOfFacets } from '../match-mode';
import type { SearchFilters } from '../types';
import type { FacetCache } from './facet-cache';

/** Rowids in both ascending lists (a merge: each list is read once). */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.subarray(0, n);
}

/**
 * The live rowids holding every selected value of every facet in `all` mode, newest first: the
 * intersection of those values' rowid lists, smallest first so it shrinks fast. A value absent
 * from the index has no list, so nothing holds it. Every rowid when no facet is in `all` mode.
 */
export function rowsHoldingAll(cache: FacetCache, filters: SearchFilters): Int32Array {
  const facets = allOfFacets(filters);
  if (facets.length === 0) return cache.newestFirst;
  const lists: Int32Array[] = [];
  for (const name of facets) {
    const { column } = cache.dimensions.find((d) => d.name === name)!;
    for (const value of new Set(filters[name])) {
      const id = column.ids.get(value);
      if (id === undefined) return new Int32Array(0);
      lists.push(column.postings[id]!);
    }
  }
  lists.sort((a, b) => a.length - b.length);
  let rows = lists[0]!;
  for (const list of lists.slice(1)) {
    if (rows.length === 0) break;
    rows = intersect(rows, list);
  }
  const live = rows.filter((r) => r < cache.size && cache.alive[r] === 1);
  return live.sort((a, b) => cache.recency[a]! - cache.recency[b]!);
}

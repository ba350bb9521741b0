import { toMonthRange } from '../date-range';
import { facetWords, topFacetMatches, withoutOwnSelection, type FacetValueCount, type FacetValueSearch } from '../facet-values';
import { parseQuery } from '../french/index';
import type { FacetCache, FacetColumn } from './facet-cache';
import { compileFilters, passes } from './facet-count';
import { findTextMatch, matchKey, withinRange, type SearchContext } from './searcher';

type Label = (value: string) => string;
const AS_WRITTEN: Label = (value) => value;

/** Per column and labelling, every value's folded words (` benny gantz`), built once per index version. */
const labelWords = new WeakMap<FacetColumn, Map<Label, string[]>>();

function wordsOf(column: FacetColumn, label: Label): string[] {
  let byLabel = labelWords.get(column);
  if (!byLabel) labelWords.set(column, (byLabel = new Map()));
  let words = byLabel.get(label);
  if (!words) byLabel.set(label, (words = column.values.map((value) => ` ${facetWords(label(value))}`)));
  return words;
}

/** Ids of the values with a word starting with the text: one pass over the facet's dictionary. */
function matchingValueIds(column: FacetColumn, text: string, label: Label): number[] {
  const needle = ` ${facetWords(text)}`;
  const ids: number[] = [];
  wordsOf(column, label).forEach((words, id) => {
    if (words.includes(needle)) ids.push(id);
  });
  return ids;
}

/**
 * Counts of the facet's values matching the text, under the query with every filter but the
 * facet's own. Cost: the dictionary pass, one pass over the match set (flagging the rows the
 * other filters keep), then the rowid lists of the matching values only, so it stays bounded by
 * the index size whatever the text.
 */
export function runFacetValueSearch(context: SearchContext, request: FacetValueSearch): FacetValueCount[] {
  const { facet, text, label = AS_WRITTEN } = request;
  const query = withoutOwnSelection(request.query, facet);
  const cache: FacetCache = context.facets();
  const dimension = cache.dimensions.find((d) => d.name === facet)!;
  const ids = matchingValueIds(dimension.column, text, label);
  if (ids.length === 0) return [];
  context.deadline.check();
  const parsed = parseQuery(query.q);
  const match = findTextMatch(context, cache, parsed, matchKey(parsed));
  const browsing = match.expression === null && match.plan.excluded.length === 0;
  const range = toMonthRange(query);
  const compiled = compileFilters(cache, query.filters);
  const active = cache.dimensions.flatMap((d, k) => (compiled[k] ? [{ column: d.column, filter: compiled[k] }] : []));
  const { postings, values } = dimension.column;
  // Every paragraph counts: a value's count is the length of its rowid list.
  if (browsing && range === null && active.length === 0) {
    return topFacetMatches(ids.map((id) => ({ value: values[id]!, count: postings[id]!.length })), label);
  }
  const candidates = withinRange(cache, browsing ? cache.newestFirst : match.rowids, range);
  context.deadline.check();
  const kept = cache.scratch;
  try {
    for (const r of candidates) {
      if (r >= cache.size || cache.alive[r] !== 1) continue;
      if (active.every(({ column, filter }) => passes(column, filter, r))) kept[r] = 1;
    }
    const counts = ids.map((id) => {
      let count = 0;
      for (const r of postings[id]!) count += kept[r]!;
      return { value: values[id]!, count };
    });
    return topFacetMatches(counts, label);
  } finally {
    for (const r of candidates) if (r < cache.size) kept[r] = 0;
  }
}

import type Database from 'better-sqlite3';
import {
  createQueryMatcher,
  highlightWithSnippet,
  isStopWord,
  parseQuery,
  relaxQuery,
  requiredWords,
  type ParsedQuery,
  type QueryWord,
} from '../french/index';
import type { FacetCounts, MatchQuery, SearchQuery, SearchResult } from '../types';
import { toMonthRange, type MonthRange } from '../date-range';
import { findCompletions, MIN_EXPANDED_PREFIX } from './completions';
import { DEADLINE_CONDITION, type SearchDeadline } from './deadline';
import type { FacetCache } from './facet-cache';
import { countAll, filterAndCount } from './facet-count';
import {
  buildExclusionExpression,
  buildMatchExpression,
  buildRefinements,
  hasTypoCandidates,
  type MatchLevel,
  type QueryPlan,
} from './match-expression';
import { orderByScore, parseScores, selectShortest, sumPenalties, type RankedLevel } from './level-order';
import { PARAGRAPH_SELECT, toSearchHit, type ParagraphRow } from './records';
import type { MatchCache, TextMatch } from './match-cache';
import type { ResultCache } from './result-cache';
import { findTypoCandidates, type Vocabulary } from './vocabulary';

/** What a search needs: the connection's statements and the caches of the current index version. */
export interface SearchContext {
  statements: SearchStatements;
  facets: () => FacetCache;
  vocabulary: () => Vocabulary;
  matches: () => MatchCache;
  results: () => ResultCache;
  /** Started by the caller; checked between statements and inside the long ones. */
  deadline: SearchDeadline;
  /** Largest match level scored with BM25; a larger one is ordered by length. */
  bm25LevelCap: number;
  /** Receives where each search spent its time (the bench uses it). */
  onStageTimes?: (times: SearchStageTimes) => void;
  /** Ranks every level in full (see `SearchTuning`). */
  exhaustiveRanking?: boolean;
}

/** Milliseconds per stage of one search. */
export interface SearchStageTimes {
  /** Loading the facet arrays after an index change (0 when cached). */
  cache: number;
  /** Parsing the query and looking up recent results. */
  parse: number;
  /** Typo candidates and prefix completions from the vocabulary (~0 when the match is reused). */
  typos: number;
  /** The FTS5 match of the loosest level, relaxed if need be (~0 when reused from the cache). */
  match: number;
  /** Facet filtering and counting. */
  count: number;
  /** Ordering: stricter levels' FTS5 queries, BM25 or recency. */
  order: number;
  /** Reading the page's paragraphs. */
  read: number;
  /** Highlighting them and cutting their snippets. */
  snippets: number;
}

export interface SearchStatements {
  rowids: Database.Statement;
  scored: Database.Statement;
  paragraph: Database.Statement;
  /** The paragraphs of a JSON array of rowids, in its order. */
  page: Database.Statement;
}

/**
 * Rowids come back as one `group_concat` string: returning them row by row costs ~1 µs each in
 * better-sqlite3, fifteen times what FTS5 needs to find them.
 */
export function prepareSearchStatements(db: Database.Database): SearchStatements {
  return {
    rowids: db
      .prepare(`SELECT group_concat(rowid) FROM paragraph_terms WHERE paragraph_terms MATCH ? AND ${DEADLINE_CONDITION}`)
      .pluck(),
    // Sorted in JS (by score, then the in-memory recency order): joining the facets table for the
    // date cost twice what scoring did.
    scored: db
      .prepare(
        `WITH scored AS MATERIALIZED (
           SELECT rowid, bm25(paragraph_terms, 1.0, 0.5) AS score FROM paragraph_terms WHERE paragraph_terms MATCH ? AND ${DEADLINE_CONDITION})
         SELECT group_concat(rowid), group_concat(score) FROM scored`,
      )
      .raw(),
    paragraph: db.prepare(`${PARAGRAPH_SELECT} WHERE p.rowid = ?`),
    // One statement for the page rather than one per hit: each call costs more than its lookups.
    page: db.prepare(
      `${PARAGRAPH_SELECT} WHERE p.rowid IN (SELECT value FROM json_each(@ids))
       ORDER BY (SELECT key FROM json_each(@ids) WHERE value = p.rowid)`,
    ),
  };
}

function parseRowids(list: unknown): Int32Array {
  if (typeof list !== 'string' || list === '') return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) count++;
  const rowids = new Int32Array(count);
  let n = 0;
  let value = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      rowids[n++] = value;
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  rowids[n] = value;
  return rowids;
}

function planQuery(context: SearchContext, query: ParsedQuery): QueryPlan {
  const { words, excluded } = query;
  const typoEligible = (w: (typeof words)[number]) =>
    !w.optional && !w.phrase && w.parts.length === 1 && w.parts[0]!.norm.length >= 5;
  const expandable = (w: (typeof words)[number]) =>
    w.prefix && !w.optional && w.parts.length === 1 && w.parts[0]!.norm.length >= MIN_EXPANDED_PREFIX;
  const vocabulary = words.some((w) => typoEligible(w) || expandable(w)) ? context.vocabulary() : null;
  const planned = words.map((word) => ({
    word,
    typos: vocabulary && typoEligible(word) ? findTypoCandidates(vocabulary, word.parts[0]!.norm) : [],
    completions: vocabulary && expandable(word) ? findCompletions(vocabulary, word.parts[0]!.norm) : null,
    indexed: vocabulary && word.parts.length === 1 ? vocabulary.words.has(word.parts[0]!.norm) : undefined,
  }));
  return { words: planned, excluded };
}

/**
 * The rowids of the requested page by relevance: levels in order (exact words near each other,
 * exact, stem/prefix, typo), BM25 within a level, newest first between equal scores. A level is
 * ranked only when the page reaches it.
 */
function orderPage(context: SearchContext, cache: FacetCache, match: TextMatch, matches: Int32Array, end: number): number[] {
  const pending = cache.scratch;
  for (const r of matches) pending[r] = 1;
  try {
    return collectByLevel(context, cache, match, matches, end);
  } finally {
    for (const r of matches) pending[r] = 0;
  }
}

/** Whether no row can match the level: a required word absent from the index, where it must be as typed. */
function knownEmpty(plan: QueryPlan, level: MatchLevel): boolean {
  return (level === 'near' || level === 'exact') && plan.words.some(({ word, indexed }) => !word.optional && indexed === false);
}

/**
 * The level's rows that no stricter level holds, or null when the stricter level is not ranked
 * yet. Only these are ever taken from the level's ranking (levels nest, and a page takes the
 * stricter level's rows first), so with one or none, the level needs no order at all.
 */
function newRows(match: TextMatch, level: MatchLevel, rowids: Int32Array): Int32Array | null {
  const stricter = level === 'typo' ? 'close' : level === 'close' ? 'exact' : null;
  const taken = stricter && match.rankedByLevel.get(stricter);
  if (!taken) return null;
  const inStricter = new Set(taken.rowids);
  return rowids.filter((r) => !inStricter.has(r));
}

/**
 * A level's paragraphs scored with BM25, or, past the cap (`BM25_LEVEL_CAP`), left for ordering by length.
 * A loose match within the cap bounds every stricter level, which is then scored at once.
 */
function rankLevel(context: SearchContext, cache: FacetCache, match: TextMatch, level: MatchLevel): RankedLevel {
  const shortcuts = context.exhaustiveRanking !== true;
  const expression = shortcuts && knownEmpty(match.plan, level) ? null : buildMatchExpression(match.plan, level);
  if (expression === null) return { order: 'scored', rowids: new Int32Array(0) };
  const score = () => {
    const [list, scoreList] = context.statements.scored.get(expression) as [unknown, unknown];
    const rowids = parseRowids(list);
    const fresh = shortcuts ? newRows(match, level, rowids) : null;
    const refinements = rowids.length < 2 || (fresh !== null && fresh.length < 2) ? [] : buildRefinements(match.plan, level, expression);
    const penalties =
      refinements.length === 0
        ? undefined
        : sumPenalties(rowids, refinements.map((r) => ({ rowids: fetchRowids(context, r.expression), penalty: r.penalty })));
    return { order: 'scored' as const, rowids: orderByScore(cache, rowids, parseScores(scoreList), penalties) };
  };
  const members = level === match.level ? match.rowids : null;
  if (shortcuts && members && members.length <= context.bm25LevelCap) {
    // The loosest level's rows are known: a level adding one row or none needs no FTS5 query.
    const fresh = newRows(match, level, members);
    if (fresh !== null && fresh.length < 2) return { order: 'scored', rowids: fresh };
  }
  if (match.rowids.length <= context.bm25LevelCap) return score();
  const fetched = members ?? fetchRowids(context, expression);
  if (shortcuts && fetched.length < 2) return { order: 'scored', rowids: fetched };
  return fetched.length <= context.bm25LevelCap ? score() : { order: 'byLength', rowids: fetched };
}

/**
 * Whether every required word is a stop word ("de la", or what "de-de-de-…" reduces to): such a
 * query says nothing to weigh or to find near each other, and matches most paragraphs, so its
 * one level is ordered by length without BM25.
 */
function onlyStopWords(plan: QueryPlan): boolean {
  return plan.words.every(({ word }) => word.optional || (!word.phrase && word.parts.every((p) => isStopWord(p.norm))));
}

const RANKED_LEVELS: readonly MatchLevel[] = ['near', 'exact', 'close'];

function collectByLevel(context: SearchContext, cache: FacetCache, match: TextMatch, matches: Int32Array, end: number): number[] {
  const pending = cache.scratch;
  const stopWords = onlyStopWords(match.plan);
  const levels = stopWords ? [match.level] : [...RANKED_LEVELS, ...(match.level === 'typo' ? (['typo'] as const) : [])];
  const ordered: number[] = [];
  const wanted = context.exhaustiveRanking === true ? end : Math.min(end, matches.length);
  for (const level of levels) {
    if (ordered.length >= wanted) break;
    if (ordered.length === matches.length - 1 && context.exhaustiveRanking !== true) {
      // One row left: it comes last whatever level holds it.
      ordered.push(matches.find((r) => pending[r] === 1)!);
      break;
    }
    context.deadline.check();
    let ranked = match.rankedByLevel.get(level);
    if (!ranked) {
      ranked = stopWords ? { order: 'byLength', rowids: match.rowids } : rankLevel(context, cache, match, level);
      match.rankedByLevel.set(level, ranked);
    }
    const taken = ranked.order === 'scored' ? ranked.rowids : selectShortest(cache, ranked.rowids, pending, end - ordered.length);
    for (const r of taken) {
      if (pending[r] !== 1) continue;
      pending[r] = 0;
      ordered.push(r);
    }
  }
  return ordered.slice(0, end);
}

function fetchRowids(context: SearchContext, expression: string): Int32Array {
  return parseRowids(context.statements.rowids.get(expression));
}

/**
 * The first `end` matches in date order: walks the recency order (or its reverse) instead of
 * sorting the whole match set.
 */
function orderByDate(cache: FacetCache, matches: Int32Array, end: number, oldestFirst: boolean): number[] {
  const pending = cache.scratch;
  for (const r of matches) pending[r] = 1;
  const taken: number[] = [];
  try {
    const order = cache.newestFirst;
    for (let k = 0; k < order.length && taken.length < end; k++) {
      const r = order[oldestFirst ? order.length - 1 - k : k]!;
      if (pending[r] === 1) taken.push(r);
    }
    return taken;
  } finally {
    for (const r of matches) pending[r] = 0;
  }
}

/** The candidates whose month falls in the query's date range (order kept). */
export function withinRange(cache: FacetCache, candidates: Int32Array, range: MonthRange | null): Int32Array {
  if (range === null) return candidates;
  const column = cache.dimensions.find((d) => d.kind === 'period')!.column;
  const accepted = column.values.map((month) => month >= range.first && month <= range.last);
  return candidates.filter((r) => {
    const first = column.offsets[r];
    return first !== undefined && first < column.offsets[r + 1]! && accepted[column.members[first]!] === true;
  });
}

interface PageResult {
  total: number;
  facets: FacetCounts;
  pageRowids: number[];
  /** When matching and counting ended and ordering began. */
  countedAt: number;
}

/** The empty query: every paragraph, newest first (or oldest first), within the date range. */
function browseAll(cache: FacetCache, query: SearchQuery, range: MonthRange | null, offset: number, end: number): PageResult {
  if (range === null && query.sort !== 'ancien') {
    const { total, facets, page } = countAll(cache, query.filters, end);
    return { total, facets, pageRowids: Array.from(page.subarray(offset)), countedAt: performance.now() };
  }
  const { matches, facets } = filterAndCount(cache, withinRange(cache, cache.newestFirst, range), query.filters);
  const countedAt = performance.now();
  const page = query.sort === 'ancien' ? matches.slice(-end).reverse() : matches.subarray(0, end);
  return { total: matches.length, facets, pageRowids: Array.from(page.subarray(offset)), countedAt };
}

function matchText(
  context: SearchContext,
  cache: FacetCache,
  match: TextMatch,
  query: SearchQuery,
  range: MonthRange | null,
  offset: number,
  end: number,
): PageResult {
  const { matches, facets } = filterAndCount(cache, withinRange(cache, match.rowids, range), query.filters);
  const countedAt = performance.now();
  // With exclusions alone, `rowids` is already newest first.
  const byDate = match.expression === null || query.sort === 'recent' || query.sort === 'ancien';
  const ordered = byDate
    ? orderByDate(cache, matches, end, query.sort === 'ancien')
    : orderPage(context, cache, match, matches, end);
  return { total: matches.length, facets, pageRowids: ordered.slice(offset), countedAt };
}

/**
 * The cache key of a parsed query: what the match depends on, so "Défense" and "DÉFENSE " share
 * an entry (a hostile client changing case per request does not get a fresh match each time).
 */
export function matchKey(query: ParsedQuery): string {
  const key = (w: QueryWord) => [w.parts.map((p) => p.norm), w.prefix, w.optional, w.phrase];
  return JSON.stringify([query.words.map(key), query.excluded.map(key)]);
}

/** Every live paragraph without an excluded word, newest first. */
function allExcept(context: SearchContext, cache: FacetCache, exclusion: string): Int32Array {
  const excluded = fetchRowids(context, exclusion);
  const flags = cache.scratch;
  for (const r of excluded) flags[r] = 1;
  try {
    return cache.newestFirst.filter((r) => flags[r] !== 1);
  } finally {
    for (const r of excluded) flags[r] = 0;
  }
}

/** Where matching spent its time, for `SearchStageTimes`. */
interface MatchClock {
  typos: number;
}

function runTextMatch(context: SearchContext, cache: FacetCache, query: ParsedQuery, clock?: MatchClock): Omit<TextMatch, 'relaxation'> {
  const planning = performance.now();
  const plan = planQuery(context, query);
  if (clock) clock.typos += performance.now() - planning;
  const level: MatchLevel = hasTypoCandidates(plan) ? 'typo' : 'close';
  const expression = buildMatchExpression(plan, level);
  const exclusion = buildExclusionExpression(query.excluded);
  const rowids =
    expression !== null
      ? fetchRowids(context, expression)
      : exclusion !== null
        ? allExcept(context, cache, exclusion)
        : new Int32Array(0);
  return { query, plan, level, expression, rowids, rankedByLevel: new Map() };
}

/**
 * Parses the query, expands typos and runs the loosest FTS5 match, or reuses a recent result.
 * When no paragraph holds every required word, drops them from the end until one does.
 */
export function findTextMatch(context: SearchContext, cache: FacetCache, parsed: ParsedQuery, key: string, clock?: MatchClock): TextMatch {
  const cached = context.matches().get(key);
  if (cached) return cached;
  let match: TextMatch = { ...runTextMatch(context, cache, parsed, clock), relaxation: null };
  for (let keep = requiredWords(parsed).length - 1; match.rowids.length === 0 && keep >= 1; keep--) {
    context.deadline.check();
    const relaxed = relaxQuery(parsed, keep);
    const attempt = runTextMatch(context, cache, relaxed.query, clock);
    if (attempt.rowids.length > 0) match = { ...attempt, relaxation: relaxed.relaxation };
  }
  context.matches().set(key, match);
  return match;
}

/** Runs one query against the current index version. */
export function runSearch(context: SearchContext, query: SearchQuery): SearchResult {
  const started = performance.now();
  const parsed = parseQuery(query.q);
  const textKey = matchKey(parsed);
  const resultKey = JSON.stringify([textKey, query.filters, query.sort, query.from, query.to, query.page, query.hitsPerPage]);
  const recent = context.results().get(resultKey);
  if (recent) return { ...recent, took_ms: Math.round((performance.now() - started) * 100) / 100 };
  const parsedAt = performance.now();
  const cache = context.facets();
  const cached = performance.now();
  const clock: MatchClock = { typos: 0 };
  const match = findTextMatch(context, cache, parsed, textKey, clock);
  const planned = performance.now();
  context.deadline.check();
  const offset = (query.page - 1) * query.hitsPerPage;
  const end = offset + query.hitsPerPage;
  const { expression, plan } = match;
  const browsing = expression === null && plan.excluded.length === 0;
  const range = toMonthRange(query);
  const { total, facets, pageRowids, countedAt } = browsing
    ? browseAll(cache, query, range, offset, end)
    : matchText(context, cache, match, query, range, offset, end);
  const ordered = performance.now();
  const rows = pageRowids.length === 0 ? [] : (context.statements.page.all({ ids: JSON.stringify(pageRowids) }) as ParagraphRow[]);
  const read = performance.now();
  context.deadline.check();
  const typoTerms = new Set(plan.words.flatMap((w) => w.typos));
  const isMatch = createQueryMatcher(match.query, { typoTerms });
  const hits = rows.map((row) => toSearchHit(row, highlightWithSnippet(row.text, isMatch)));
  const finished = performance.now();
  context.onStageTimes?.({
    cache: cached - parsedAt,
    parse: parsedAt - started,
    typos: clock.typos,
    match: planned - cached - clock.typos,
    count: countedAt - planned,
    order: ordered - countedAt,
    read: read - ordered,
    snippets: finished - read,
  });
  const result: SearchResult = {
    total,
    hits,
    facets,
    took_ms: Math.round((finished - started) * 100) / 100,
    relaxed: match.relaxation,
  };
  context.results().set(resultKey, result);
  return result;
}

/**
 * Every rowid matching a query (text, filters, range; relaxed as `runSearch` would), in the
 * query's order: export and entity statistics read these instead of paging through results.
 */
export function orderedMatches(context: SearchContext, query: MatchQuery): Int32Array {
  const cache = context.facets();
  const parsed = parseQuery(query.q);
  const match = findTextMatch(context, cache, parsed, matchKey(parsed));
  context.deadline.check();
  const range = toMonthRange(query);
  const browsing = match.expression === null && match.plan.excluded.length === 0;
  const { matches } = filterAndCount(cache, withinRange(cache, browsing ? cache.newestFirst : match.rowids, range), query.filters);
  if (browsing || match.expression === null) return query.sort === 'ancien' ? matches.slice().reverse() : matches;
  if (query.sort === 'recent' || query.sort === 'ancien') {
    return Int32Array.from(orderByDate(cache, matches, matches.length, query.sort === 'ancien'));
  }
  return Int32Array.from(orderPage(context, cache, match, matches, matches.length));
}

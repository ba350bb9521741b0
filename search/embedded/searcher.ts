import type Database from 'better-sqlite3';
import {
  createQueryMatcher,
  escapeHtml,
  highlightText,
  parseQuery,
  relaxQuery,
  requiredWords,
  type ParsedQuery,
} from '../french/index';
import type { FacetCounts, SearchHit, SearchQuery, SearchResult } from '../types';
import type { FacetCache } from './facet-cache';
import { countAll, filterAndCount } from './facet-count';
import {
  buildExclusionExpression,
  buildMatchExpression,
  hasTypoCandidates,
  type MatchLevel,
  type QueryPlan,
} from './match-expression';
import { PARAGRAPH_SELECT, toSearchHit, type ParagraphRow } from './records';
import type { MatchCache, TextMatch } from './match-cache';
import { findTypoCandidates, type Vocabulary } from './vocabulary';

/**
 * Match levels above this many paragraphs are ordered newest first instead of by BM25: FTS5
 * scores every match (~0.6 µs each) and, at that size, the scores barely differ (one occurrence
 * of the words in paragraphs of similar length).
 */
const BM25_MAX_ROWS = 500;

/** What a search needs: the connection's statements and the caches of the current index version. */
export interface SearchContext {
  statements: SearchStatements;
  facets: () => FacetCache;
  vocabulary: () => Vocabulary;
  matches: () => MatchCache;
  /** Overrides `BM25_MAX_ROWS`. */
  bm25MaxRows?: number;
  /** Receives where each search spent its time (the bench uses it). */
  onStageTimes?: (times: SearchStageTimes) => void;
}

/** Milliseconds per stage of one search. */
export interface SearchStageTimes {
  /** Loading the facet arrays after an index change (0 when cached). */
  cache: number;
  /** Parsing, typo expansion and the FTS5 match of the loosest level (~0 when reused from the cache). */
  match: number;
  /** Facet filtering and counting. */
  count: number;
  /** Ordering: stricter levels' FTS5 queries, BM25 or recency. */
  order: number;
  /** Reading the page's paragraphs and highlighting them. */
  hits: number;
}

export interface SearchStatements {
  rowids: Database.Statement;
  ranked: Database.Statement;
  paragraph: Database.Statement;
}

/**
 * Rowids come back as one `group_concat` string: returning them row by row costs ~1 µs each in
 * better-sqlite3, fifteen times what FTS5 needs to find them.
 */
export function prepareSearchStatements(db: Database.Database): SearchStatements {
  return {
    rowids: db
      .prepare('SELECT group_concat(rowid) FROM paragraph_terms WHERE paragraph_terms MATCH ?')
      .pluck(),
    ranked: db
      .prepare(
        `WITH scored AS MATERIALIZED (
           SELECT rowid, bm25(paragraph_terms, 1.0, 0.5) AS score FROM paragraph_terms WHERE paragraph_terms MATCH ?)
         SELECT group_concat(rowid, ',' ORDER BY score, rowid) FROM scored`,
      )
      .pluck(),
    paragraph: db.prepare(`${PARAGRAPH_SELECT} WHERE p.rowid = ?`),
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
  const vocabulary = words.some(typoEligible) ? context.vocabulary() : null;
  const planned = words.map((word) => ({
    word,
    typos: vocabulary && typoEligible(word) ? findTypoCandidates(vocabulary, word.parts[0]!.norm) : [],
  }));
  return { words: planned, excluded };
}

/**
 * The rowids of the requested page: exact matches first, then stem/prefix matches, then typo
 * matches; BM25 within a level when it is small enough, newest first otherwise.
 */
function orderPage(context: SearchContext, cache: FacetCache, match: TextMatch, matches: Int32Array, end: number): number[] {
  const pending = cache.scratch;
  for (const r of matches) pending[r] = 1;
  try {
    return collectByLevel(context, cache, match, pending, end);
  } finally {
    for (const r of matches) pending[r] = 0;
  }
}

function collectByLevel(
  context: SearchContext,
  cache: FacetCache,
  match: TextMatch,
  pending: Uint8Array,
  end: number,
): number[] {
  const levels: MatchLevel[] = match.level === 'typo' ? ['exact', 'close', 'typo'] : ['exact', 'close'];
  // Every level is a subset of the loosest one: when that one is small, rank each level directly.
  const bm25MaxRows = context.bm25MaxRows ?? BM25_MAX_ROWS;
  const allSmall = match.rowids.length <= bm25MaxRows;
  const ordered: number[] = [];
  for (const level of levels) {
    if (ordered.length >= end) break;
    let ranked = match.rankedByLevel.get(level);
    let levelRowids: Int32Array | null = null;
    if (!ranked) {
      const expression = buildMatchExpression(match.plan, level)!;
      levelRowids = allSmall ? null : level === match.level ? match.rowids : fetchRowids(context, expression);
      if (levelRowids === null || levelRowids.length <= bm25MaxRows) {
        ranked = parseRowids(context.statements.ranked.get(expression));
        match.rankedByLevel.set(level, ranked);
      }
    }
    if (ranked) {
      for (const r of ranked) {
        if (pending[r] !== 1) continue;
        pending[r] = 0;
        ordered.push(r);
      }
    } else {
      for (const r of newestPending(cache, levelRowids!, pending, end - ordered.length)) ordered.push(r);
    }
  }
  return ordered.slice(0, end);
}

function fetchRowids(context: SearchContext, expression: string): Int32Array {
  return parseRowids(context.statements.rowids.get(expression));
}

/**
 * The `limit` newest rows of a large level that are still pending (and marks them taken): walks
 * the recency order instead of sorting the whole level.
 */
function newestPending(cache: FacetCache, levelRowids: Int32Array, pending: Uint8Array, limit: number): number[] {
  // 2 = pending and in this level; put back to 1 below for the rows not taken.
  for (const r of levelRowids) if (pending[r] === 1) pending[r] = 2;
  const taken: number[] = [];
  for (let i = 0; i < cache.newestFirst.length && taken.length < limit; i++) {
    const r = cache.newestFirst[i]!;
    if (pending[r] !== 2) continue;
    pending[r] = 0;
    taken.push(r);
  }
  for (const r of levelRowids) if (pending[r] === 2) pending[r] = 1;
  return taken;
}

interface PageResult {
  total: number;
  facets: FacetCounts;
  pageRowids: number[];
  /** When matching and counting ended and ordering began. */
  countedAt: number;
}

/** The empty query: every paragraph, newest first. */
function browseAll(cache: FacetCache, filters: SearchQuery['filters'], offset: number, end: number): PageResult {
  const { total, facets, page } = countAll(cache, filters, end);
  return { total, facets, pageRowids: Array.from(page.subarray(offset)), countedAt: performance.now() };
}

function matchText(context: SearchContext, cache: FacetCache, match: TextMatch, filters: SearchQuery['filters'], offset: number, end: number): PageResult {
  const { matches, facets } = filterAndCount(cache, match.rowids, filters);
  const countedAt = performance.now();
  // Exclusions alone: `rowids` is already newest first.
  const ordered = match.expression === null ? Array.from(matches.subarray(0, end)) : orderPage(context, cache, match, matches, end);
  return { total: matches.length, facets, pageRowids: ordered.slice(offset), countedAt };
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

function runTextMatch(context: SearchContext, cache: FacetCache, query: ParsedQuery): Omit<TextMatch, 'relaxation'> {
  const plan = planQuery(context, query);
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
function findTextMatch(context: SearchContext, cache: FacetCache, q: string): TextMatch {
  const cached = context.matches().get(q);
  if (cached) return cached;
  const parsed = parseQuery(q);
  let match: TextMatch = { ...runTextMatch(context, cache, parsed), relaxation: null };
  for (let keep = requiredWords(parsed).length - 1; match.rowids.length === 0 && keep >= 1; keep--) {
    const relaxed = relaxQuery(parsed, keep);
    const attempt = runTextMatch(context, cache, relaxed.query);
    if (attempt.rowids.length > 0) match = { ...attempt, relaxation: relaxed.relaxation };
  }
  context.matches().set(q, match);
  return match;
}

/** Runs one query against the current index version. */
export function runSearch(context: SearchContext, query: SearchQuery): SearchResult {
  const started = performance.now();
  const cache = context.facets();
  const cached = performance.now();
  const match = findTextMatch(context, cache, query.q);
  const planned = performance.now();
  const offset = (query.page - 1) * query.hitsPerPage;
  const end = offset + query.hitsPerPage;
  const { expression, plan } = match;
  const browsing = expression === null && plan.excluded.length === 0;
  const { total, facets, pageRowids, countedAt } = browsing
    ? browseAll(cache, query.filters, offset, end)
    : matchText(context, cache, match, query.filters, offset, end);
  const ordered = performance.now();
  const typoTerms = new Set(plan.words.flatMap((w) => w.typos));
  const isMatch = createQueryMatcher(match.query, { typoTerms });
  const hits: SearchHit[] = [];
  for (const rowid of pageRowids) {
    const row = context.statements.paragraph.get(rowid) as ParagraphRow | undefined;
    if (!row) continue;
    const highlight = expression === null ? escapeHtml(row.text) : highlightText(row.text, isMatch);
    hits.push(toSearchHit(row, highlight));
  }
  const finished = performance.now();
  context.onStageTimes?.({
    cache: cached - started,
    match: planned - cached,
    count: countedAt - planned,
    order: ordered - countedAt,
    hits: finished - ordered,
  });
  return { total, hits, facets, took_ms: Math.round((finished - started) * 100) / 100, relaxed: match.relaxation };
}

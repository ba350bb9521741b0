import type Database from 'better-sqlite3';
import { tokenize, type QueryWord } from '../french/index';
import { QueryTooExpensiveError } from '../errors';
import {
  isWorthSuggesting,
  MAX_RESPELLINGS,
  pickRespelling,
  respeltQuery,
  respellableWords,
  spellingDistance,
} from '../spelling';
import type { SearchQuery, SearchResult, SpellingSuggestion } from '../types';
import { getRecent } from './recent';
import { findRespellings, type Vocabulary } from './vocabulary';

export interface SuggestStatements {
  /**
   * Paragraphs holding a word, counted up to a bound, and the first of them (to read how the
   * corpus writes it).
   */
  wordCount: Database.Statement;
  text: Database.Statement;
}

export function prepareSuggestStatements(db: Database.Database): SuggestStatements {
  return {
    wordCount: db.prepare(
      'SELECT count(*) AS n, min(rowid) AS first FROM (SELECT rowid FROM paragraph_terms WHERE paragraph_terms MATCH ? ORDER BY rowid LIMIT ?)',
    ),
    text: db.prepare('SELECT text FROM paragraphs WHERE rowid = ?').pluck(),
  };
}

export interface SuggestContext {
  statements: SuggestStatements;
  vocabulary: () => Vocabulary;
  /** Suggestions already worked out for this index version, by query text and filters. */
  cache: () => Map<string, SpellingSuggestion | null>;
  /** Runs the respelt query (same filters, one hit), for its total (0 when it had to drop words). */
  count: (query: SearchQuery) => number;
}

const MAX_CACHED = 64;

/** How the corpus writes a folded word: its spelling in the first paragraph holding it. */
function writtenForm(context: SuggestContext, rowid: number, norm: string): string {
  const text = context.statements.text.get(rowid) as string | undefined;
  return tokenize(text ?? '').find((t) => t.norm === norm)?.text ?? norm;
}

function respell(context: SuggestContext, word: QueryWord): string | null {
  const norm = word.parts[0]!.norm;
  const counted = (term: string, bound: number) =>
    context.statements.wordCount.get(`words : "${term}"`, bound) as { n: number; first: number | null };
  const vocabulary = context.vocabulary();
  const own = vocabulary.words.has(norm) ? counted(norm, -1).n : 0;
  const counts = new Map<string, number>();
  const firsts = new Map<string, number>();
  // Only the most frequent candidate matters: one counted past the best so far is counted in
  // full, the others only up to it (a common word's full count read its whole doclist).
  let highest = own;
  for (const candidate of findRespellings(vocabulary, norm, spellingDistance(norm), MAX_RESPELLINGS)) {
    let { n, first } = counted(candidate, highest + 1);
    if (n > highest) ({ n, first } = counted(candidate, -1));
    highest = Math.max(highest, n);
    counts.set(candidate, n);
    if (first !== null) firsts.set(candidate, first);
  }
  const best = pickRespelling(own, counts);
  return best === null ? null : writtenForm(context, firsts.get(best)!, best);
}

function workOut(context: SuggestContext, query: SearchQuery, total: number): SpellingSuggestion | null {
  const respellings = new Map<QueryWord, string>();
  for (const word of respellableWords(query.q)) {
    const respelling = respell(context, word);
    if (respelling !== null) respellings.set(word, respelling);
  }
  if (respellings.size === 0) return null;
  const respelt = respeltQuery(query.q, respellings);
  const found = context.count({ ...query, q: respelt, page: 1, hitsPerPage: 1 });
  return isWorthSuggesting(total, found) ? { query: respelt, total: found } : null;
}

/**
 * "Vouliez-vous dire …" for a search that found little (see `search/spelling.ts`). Costs
 * nothing for a search that found plenty; otherwise a vocabulary scan and one count per
 * candidate (at most `MAX_RESPELLINGS` a word), remembered per index version. A suggestion that
 * would take the search past its deadline is given up, not the search.
 */
export function suggestSpelling(context: SuggestContext, query: SearchQuery, result: SearchResult): SpellingSuggestion | null {
  // Hits that hold only part of the query are no hits of it.
  const total = result.relaxed ? 0 : result.total;
  if (!isWorthSuggesting(total, Number.MAX_SAFE_INTEGER)) return null;
  const cache = context.cache();
  const key = JSON.stringify([query.q, query.filters, query.from, query.to]);
  const known = getRecent(cache, key);
  if (known !== undefined) return known;
  let suggestion: SpellingSuggestion | null;
  try {
    suggestion = workOut(context, query, total);
  } catch (error) {
    if (!(error instanceof QueryTooExpensiveError)) throw error;
    return null;
  }
  cache.set(key, suggestion);
  for (const oldest of cache.keys()) {
    if (cache.size <= MAX_CACHED) break;
    cache.delete(oldest);
  }
  return suggestion;
}

import { LIMITS } from '../limits';
import { capQueryParts } from './query-cap';
import type { QueryRelaxation } from '../types';
import { isStopWord } from './stop-words';
import { tokenize, type Token } from './tokenize';
import { matchesWithTypos } from './typos';

/** A last word shorter than this is matched whole: a one-letter prefix would match everything. */
export const MIN_PREFIX_LENGTH = 2;
const STEM_HEAD_LENGTH = 3;

/**
 * One term of a query: a word (a hyphenated word, "garde-côtes", has several adjacent parts) or
 * a quoted phrase (its words adjacent and in order, matched exactly: no stem, prefix or typo).
 */
export interface QueryWord {
  parts: Token[];
  /** The last word, not followed by a space: matches as a prefix too. Never a phrase. */
  prefix: boolean;
  /** A stop word in a query that has other words: need not match. Never a phrase. */
  optional: boolean;
  /** Typed between quotes. */
  phrase: boolean;
  /** As typed (a phrase with its quotes), to tell the user which words a search used. */
  source: string;
}

/** A parsed query: what every hit must contain, and what none may contain. */
export interface ParsedQuery {
  /** Required words and phrases (stop words optional), in the order typed. */
  words: QueryWord[];
  /** Words and phrases typed after `-`: a paragraph containing one is never a hit. */
  excluded: QueryWord[];
}


const CONTROL_CHARS = /[\p{Cc}\p{Cf}]/gu;
const QUOTES = /[«»“”„‟"]/g;
const SPACE = /\s/u;

/** A stretch of the query: a quoted phrase or a run of non-space characters, maybe excluded. */
interface Chunk {
  text: string;
  phrase: boolean;
  excluded: boolean;
  /** Nothing but the end of the query follows it. */
  atEnd: boolean;
}

/**
 * Cuts the query into chunks. A quote opens a phrase only when another closes it (an unbalanced
 * quote is ignored); a `-` starts an exclusion only at the start of a chunk, so the hyphen of
 * "algéro-marocain" or "Saint-Louis" never does.
 */
function chunkQuery(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    const excluded = text[i] === '-' && i + 1 < text.length && !SPACE.test(text[i + 1]!);
    const start = excluded ? i + 1 : i;
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      if (close !== -1) {
        chunks.push({ text: text.slice(start + 1, close), phrase: true, excluded, atEnd: close + 1 === text.length });
        i = close + 1;
        continue;
      }
    }
    let end = start;
    while (end < text.length && !SPACE.test(text[end]!) && !(end > start && text[end] === '"' && text.indexOf('"', end + 1) !== -1)) end++;
    chunks.push({ text: text.slice(start, end).replace(/"/g, ' '), phrase: false, excluded, atEnd: end === text.length });
    i = end;
  }
  return chunks;
}

function toWords(chunk: Chunk): QueryWord[] {
  const tokens = tokenize(chunk.text);
  if (tokens.length === 0) return [];
  const make = (parts: Token[]): QueryWord => ({ parts, prefix: false, optional: false, phrase: chunk.phrase, source: '' });
  if (chunk.phrase) {
    const parts = tokens.slice(0, LIMITS.queryWords);
    const word = make(parts);
    word.source = `"${chunk.text.slice(parts[0]!.start, parts.at(-1)!.end)}"`;
    return [word];
  }
  const words: QueryWord[] = [];
  for (const token of tokens) {
    const last = words.at(-1);
    if (token.joined && last) last.parts.push(token);
    else words.push(make([token]));
  }
  for (const word of words) word.source = chunk.text.slice(word.parts[0]!.start, word.parts.at(-1)!.end);
  const last = words.at(-1)!;
  const lastPart = last.parts.at(-1)!;
  last.prefix = !chunk.excluded && chunk.atEnd && lastPart.end === chunk.text.length && [...lastPart.norm].length >= MIN_PREFIX_LENGTH;
  return words;
}

/**
 * The one query parser of every adapter: `"exact phrase"`, `-word`, `-"a phrase"`, words
 * (elisions dropped, hyphenated words kept together, stop words optional). At most
 * `LIMITS.queryWords` terms are kept, required and excluded together, as Meilisearch reads no
 * more; a phrase counts as one.
 */
export function parseQuery(q: string): ParsedQuery {
  // Engines refuse longer queries; the cut keeps a hostile string cheap for other callers.
  const text = q.slice(0, LIMITS.queryLength).replace(CONTROL_CHARS, ' ').replace(QUOTES, '"');
  const terms: { word: QueryWord; excluded: boolean }[] = [];
  for (const chunk of chunkQuery(text)) {
    for (const word of toWords(chunk)) terms.push({ word, excluded: chunk.excluded });
  }
  const kept = terms.slice(0, LIMITS.queryWords);
  if (kept.length < terms.length) for (const t of kept) t.word.prefix = false;
  const words = kept.filter((t) => !t.excluded).map((t) => t.word);
  const excluded = kept.filter((t) => t.excluded).map((t) => t.word);
  const isStop = (w: QueryWord) => !w.phrase && w.parts.every((p) => isStopWord(p.norm));
  if (!words.every(isStop)) for (const w of words) w.optional = isStop(w);
  // Required and excluded words each get the parts budget: a query's work stays bounded.
  return { words: capQueryParts(words), excluded: capQueryParts(excluded) };
}

/** The required words of a query (a query of stop words only requires them all). */
export function requiredWords(query: ParsedQuery): QueryWord[] {
  return query.words.filter((w) => !w.optional);
}

/**
 * The query keeping only its first `keep` required words (optional words past the last one go
 * too), the way Meilisearch's `last` matching strategy drops words from the end.
 */
export function relaxQuery(query: ParsedQuery, keep: number): { query: ParsedQuery; relaxation: QueryRelaxation } {
  const required = requiredWords(query);
  const lastKept = required[keep - 1];
  const cut = lastKept ? query.words.indexOf(lastKept) + 1 : 0;
  const words = query.words.slice(0, cut).map((w, i) => (i === cut - 1 ? { ...w, prefix: false } : w));
  const effectiveQuery = [...words.map((w) => w.source), ...query.excluded.map((w) => `-${w.source}`)].join(' ');
  return {
    query: { words, excluded: query.excluded },
    relaxation: { droppedWords: required.slice(keep).map((w) => w.source), effectiveQuery },
  };
}

/**
 * Whether a text token matches a query word part: exactly, by stem, by prefix (last word) or
 * within the typo budget. The same rules the engines match with, so highlights agree with hits.
 */
export function tokenMatchesPart(token: Token, part: Token, prefix: boolean): boolean {
  if (token.norm === part.norm || token.stem === part.stem) return true;
  if (prefix && token.norm.startsWith(part.norm)) return true;
  return matchesWithTypos(part.norm, token.norm);
}

/** Which tokens of a text to mark, one flag per token. */
export type TokenMarker = (tokens: readonly Token[]) => boolean[];

/** A marker that judges each token alone. */
export function markEach(isMatch: (token: Token) => boolean): TokenMarker {
  return (tokens) => tokens.map(isMatch);
}

function markPhrases(tokens: readonly Token[], phrases: string[][], marks: boolean[]): void {
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((norm, j) => tokens[i + j]!.norm === norm)) for (let j = 0; j < phrase.length; j++) marks[i + j] = true;
    }
  }
}

/**
 * The marker for `highlightText`: every part of every required word (exact, stem, prefix, typo),
 * and the words of a phrase only where they stand as that phrase; never an excluded word. An
 * engine that expanded typos against its vocabulary passes the words it matched as `typoTerms`,
 * so the highlight marks exactly those (and skips computing edit distances).
 */
export function createQueryMatcher(query: ParsedQuery, options: { typoTerms?: ReadonlySet<string> } = {}): TokenMarker {
  const required = requiredWords(query);
  const checks = required
    .filter((w) => !w.phrase)
    .flatMap((w) => w.parts.map((part, i) => ({ part, prefix: w.prefix && i === w.parts.length - 1 })));
  const phrases = required.filter((w) => w.phrase).map((w) => w.parts.map((p) => p.norm));
  const excluded = new Set(query.excluded.filter((w) => !w.phrase).flatMap((w) => w.parts.map((p) => p.norm)));
  const exact = new Set(checks.map((c) => c.part.norm));
  const stems = new Set(checks.map((c) => c.part.stem));
  // Stemming only rewrites the end of a word, so a token can share a stem only if it starts like
  // one: checking that first spares stemming every word of every highlighted paragraph.
  const stemHeads = [...stems].map((s) => s.slice(0, STEM_HEAD_LENGTH));
  const prefixes = checks.filter((c) => c.prefix).map((c) => c.part.norm);
  const { typoTerms } = options;
  const isWordMatch = (token: Token): boolean => {
    if (excluded.has(token.norm)) return false;
    if (exact.has(token.norm)) return true;
    if (prefixes.some((p) => token.norm.startsWith(p))) return true;
    if (stemHeads.some((h) => token.norm.startsWith(h)) && stems.has(token.stem)) return true;
    if (typoTerms) return typoTerms.has(token.norm);
    return checks.some((c) => matchesWithTypos(c.part.norm, token.norm));
  };
  return (tokens) => {
    const marks = checks.length > 0 ? tokens.map(isWordMatch) : tokens.map(() => false);
    markPhrases(tokens, phrases, marks);
    return marks;
  };
}

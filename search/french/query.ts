import { LIMITS } from '../limits';
import { capQueryParts } from './query-cap';
import { isStopWord } from './stop-words';
import { tokenize, type Token } from './tokenize';
import { matchesWithTypos } from './typos';

/** A last word shorter than this is matched whole: a one-letter prefix would match everything. */
export const MIN_PREFIX_LENGTH = 2;

const STEM_HEAD_LENGTH = 3;

/** One word of a query; a hyphenated word ("garde-côtes") has several adjacent parts. */
export interface QueryWord {
  parts: Token[];
  /** The last word, not followed by a space: matches as a prefix too. */
  prefix: boolean;
  /** A stop word in a query that has other words: need not match. */
  optional: boolean;
}

const CONTROL_CHARS = /[\p{Cc}\p{Cf}]/gu;

/** Splits a query into words: elisions dropped, hyphenated words kept together, stop words optional. */
export function parseQuery(q: string): QueryWord[] {
  // Engines refuse longer queries; the cut keeps a hostile string cheap for other callers.
  const text = q.slice(0, LIMITS.queryLength).replace(CONTROL_CHARS, ' ');
  const tokens = tokenize(text);
  const words: QueryWord[] = [];
  for (const token of tokens) {
    const last = words.at(-1);
    if (token.joined && last) last.parts.push(token);
    else words.push({ parts: [token], prefix: false, optional: false });
  }
  const kept = words.slice(0, LIMITS.queryWords);
  const lastWord = kept.at(-1);
  const endsInWord = words.length === kept.length && tokens.at(-1)?.end === text.length;
  if (lastWord && endsInWord) {
    lastWord.prefix = [...lastWord.parts.at(-1)!.norm].length >= MIN_PREFIX_LENGTH;
  }
  const isStop = (w: QueryWord) => w.parts.every((p) => isStopWord(p.norm));
  if (!kept.every(isStop)) for (const w of kept) w.optional = isStop(w);
  return capQueryParts(kept);
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

/**
 * A highlight predicate for `highlightText`: every part of every required query word. An engine
 * that expanded typos against its vocabulary passes the words it matched as `typoTerms`, so the
 * highlight marks exactly those (and skips computing edit distances).
 */
export function createQueryMatcher(
  words: QueryWord[],
  options: { typoTerms?: ReadonlySet<string> } = {},
): (token: Token) => boolean {
  const checks = words
    .filter((w) => !w.optional)
    .flatMap((w) => w.parts.map((part, i) => ({ part, prefix: w.prefix && i === w.parts.length - 1 })));
  const exact = new Set(checks.map((c) => c.part.norm));
  const stems = new Set(checks.map((c) => c.part.stem));
  // Snowball only rewrites the end of a word, so a token can share a stem only if it starts like
  // one: checking that first spares stemming every word of every highlighted paragraph.
  const stemHeads = [...stems].map((s) => s.slice(0, STEM_HEAD_LENGTH));
  const prefixes = checks.filter((c) => c.prefix).map((c) => c.part.norm);
  const { typoTerms } = options;
  return (token) => {
    if (exact.has(token.norm)) return true;
    if (prefixes.some((p) => token.norm.startsWith(p))) return true;
    if (stemHeads.some((h) => token.norm.startsWith(h)) && stems.has(token.stem)) return true;
    if (typoTerms) return typoTerms.has(token.norm);
    return checks.some((c) => matchesWithTypos(c.part.norm, token.norm));
  };
}

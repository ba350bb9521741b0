import { wordsStartingWith, type Vocabulary } from './vocabulary';

/**
 * Indexed words a prefix of this many letters or more is expanded to, when there are few: FTS5
 * has a prefix index for 2 and 3 letters only (see the schema), and past them it merges the whole
 * doclist of every completion before the first row (a typed "fichiers" read all 9,000 rows of
 * "fichiers" even beside a rare word), while a few quoted words are skipped through like any word.
 */
export const MIN_EXPANDED_PREFIX = 4;
/** More completions than this and FTS5's own prefix query is used: one OR branch per word costs too. */
export const MAX_PREFIX_COMPLETIONS = 32;

/**
 * The indexed words starting with `prefix` (itself included), or null when there are more than
 * `MAX_PREFIX_COMPLETIONS` or the prefix is short enough for FTS5's prefix index.
 */
export function findCompletions(vocabulary: Vocabulary, prefix: string): string[] | null {
  if (prefix.length < MIN_EXPANDED_PREFIX) return null;
  const found = wordsStartingWith(vocabulary, prefix, MAX_PREFIX_COMPLETIONS);
  return found.length > MAX_PREFIX_COMPLETIONS ? null : found.sort(byLengthThenSpelling);
}

/** The order the completions had before (shorter words first), so that queries stay the same. */
function byLengthThenSpelling(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

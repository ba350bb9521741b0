import type { Vocabulary } from './vocabulary';

/**
 * Indexed words a prefix of this many letters or more is expanded to, when there are few: FTS5
 * has a prefix index for 2 and 3 letters only (see the schema), and past them it merges the whole
 * doclist of every completion before the first row (a typed "fichiers" read all 9,000 rows of
 * "fichiers" even beside a rare word), while a few quoted words are skipped through like any word.
 */
export const MIN_EXPANDED_PREFIX = 4;
/** More completions than this and FTS5's own prefix query is used: one OR branch per word costs too. */
export const MAX_PREFIX_COMPLETIONS = 32;

const longestMemo = new WeakMap<Vocabulary, number>();

/** The length of the longest indexed word, worked out once per vocabulary (per index version). */
function longestWord(vocabulary: Vocabulary): number {
  let longest = longestMemo.get(vocabulary);
  if (longest === undefined) {
    longest = 0;
    for (const bucket of vocabulary.buckets.values()) longest = Math.max(longest, bucket.words[0]?.length ?? 0);
    longestMemo.set(vocabulary, longest);
  }
  return longest;
}

/**
 * The indexed words starting with `prefix` (itself included), or null when there are more than
 * `MAX_PREFIX_COMPLETIONS` or the prefix is short enough for FTS5's prefix index. One pass over
 * the vocabulary buckets of its first letter (words are bucketed by first letter and length).
 */
export function findCompletions(vocabulary: Vocabulary, prefix: string): string[] | null {
  if (prefix.length < MIN_EXPANDED_PREFIX) return null;
  const first = prefix[0]!;
  const found: string[] = [];
  for (let length = prefix.length, longest = longestWord(vocabulary); length <= longest; length++) {
    for (const word of vocabulary.buckets.get(`${first}${length}`)?.words ?? []) {
      if (!word.startsWith(prefix)) continue;
      if (found.length === MAX_PREFIX_COMPLETIONS) return null;
      found.push(word);
    }
  }
  return found;
}

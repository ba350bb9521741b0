/**
 * What counts as finding a known item. A query drawn from a paragraph has more than one right
 * answer when the corpus holds that paragraph's text twice (Debian's repeated paragraphs, a
 * dispatch republished): the query cannot tell the copies apart, and which comes first is a coin
 * toss, not ranking. A hit is a right answer when it is the target or a near-duplicate of it.
 */

/**
 * Word-pair Jaccard from which two paragraphs count as the same text. Decided once from the first
 * hits of the misses on seeds 7 and 11 (`npm run bench -- --only relevance --misses`): none falls
 * between 0.9 and 1; those at 1 are the same text (a link's arrow or final punctuation apart),
 * those at 0.8–0.9 differ in a word that matters ("Renvoie" / "Définit", NFS version 4 / 2).
 */
export const NEAR_DUPLICATE_JACCARD = 0.9;

/**
 * A paragraph's word pairs (2-shingles, Broder's resemblance): unlike its word set, they keep the
 * order, so "de gauche à droite" is not a copy of "de droite à gauche".
 */
export function shingles(words: readonly string[]): Set<string> {
  if (words.length < 2) return new Set(words);
  return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
}

/** Jaccard similarity of two word sets: shared words over all words (1 for two empty sets). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Whether two paragraphs' word pairs make them the same text. */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return jaccard(a, b) >= NEAR_DUPLICATE_JACCARD;
}

/**
 * Why a known item was not ranked first: `duplicate`, a near-duplicate of it came first (a right
 * answer too); `passage`, another paragraph came first that holds, verbatim, the target's sentence
 * holding every query word (the bench's filler paragraphs copy whole sentences, and some real ones
 * repeat one): a wrong answer, but no ranking can tell the two apart from the query; `ranking`,
 * another paragraph the query also matches came first; `unmatched`, the query does not match the
 * target at all.
 */
export type MissKind = 'duplicate' | 'passage' | 'ranking' | 'unmatched';
export const MISS_KINDS: readonly MissKind[] = ['duplicate', 'passage', 'ranking', 'unmatched'];

/** A paragraph as a miss is classified: its word pairs, and its sentences' folded words. */
export interface ComparedText {
  shingles: ReadonlySet<string>;
  /** Each sentence's text and folded words. */
  sentences: readonly { text: string; words: ReadonlySet<string> }[];
  text: string;
}

/** Whether `other` holds verbatim a sentence of `target` that holds every query word (folded). */
export function quotesQueriedSentence(target: ComparedText, other: ComparedText, queryWords: readonly string[]): boolean {
  return target.sentences.some((s) => queryWords.every((w) => s.words.has(w)) && other.text.includes(s.text));
}

/**
 * The kind of a miss, from the target and the first hit (absent when nothing matched), the
 * query's folded words and whether the query matches the target anywhere in its results.
 */
export function classifyMiss(target: ComparedText, first: ComparedText | undefined, queryWords: readonly string[], targetMatched: boolean): MissKind {
  if (first && isNearDuplicate(target.shingles, first.shingles)) return 'duplicate';
  if (!targetMatched) return 'unmatched';
  return first && quotesQueriedSentence(target, first, queryWords) ? 'passage' : 'ranking';
}

/**
 * The rank (0-based) of the first right answer among the hits (word pairs from `shingles`), or
 * -1: `strict` counts the target alone, `withDuplicates` its near-duplicates as well.
 */
export function rankOf(
  targetId: string,
  target: ReadonlySet<string>,
  hits: readonly { id: string; shingles: ReadonlySet<string> }[],
): { strict: number; withDuplicates: number } {
  return {
    strict: hits.findIndex((h) => h.id === targetId),
    withDuplicates: hits.findIndex((h) => h.id === targetId || isNearDuplicate(target, h.shingles)),
  };
}

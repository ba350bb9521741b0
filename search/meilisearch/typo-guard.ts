import { maxTypos, tokenize, typoDistance } from '../french';

/*
 * Meilisearch tolerates typos on every query word, so "français" also finds "François". The
 * embedded engine never reads a word the index holds as a typo; Meilisearch's nearest setting is
 * `typoTolerance.disableOnWords`: the words below, found at index time, are matched exactly.
 */

/** How many paragraphs a word must be in to count as an existing word, itself and its neighbour. */
export const GUARD_MIN_PARAGRAPHS = 3;
/** The list is a setting sent with every settings update: the most frequent words only. */
export const GUARD_MAX_WORDS = 10_000;

/** Paragraph frequency of each folded word of the paragraphs seen. */
export class WordFrequencies {
  readonly counts = new Map<string, number>();

  add(text: string): void {
    for (const word of new Set(tokenize(text).map((t) => t.norm))) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << word.charCodeAt(i) % 31;
  return mask >>> 0;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * Frequent words that Meilisearch's typo rule would read as another frequent word (same rule as
 * the embedded engine: 1 typo from 5 letters, 2 from 9, a first-letter typo costing 2), most
 * frequent first, at most `maxWords`. Both words of such a pair are listed.
 */
export function guardedWords(
  counts: ReadonlyMap<string, number>,
  { minParagraphs = GUARD_MIN_PARAGRAPHS, maxWords = GUARD_MAX_WORDS } = {},
): string[] {
  const frequent = [...counts].filter(([word, n]) => n >= minParagraphs && maxTypos(word) > 0 && !/\d/.test(word));
  const byFirstAndLength = new Map<string, { word: string; mask: number }[]>();
  for (const [word] of frequent) {
    const key = `${word[0]}${word.length}`;
    const group = byFirstAndLength.get(key) ?? [];
    group.push({ word, mask: letterMask(word) });
    byFirstAndLength.set(key, group);
  }
  const known = new Set(frequent.map(([word]) => word));
  const hasNeighbour = (word: string): boolean => {
    const allowed = maxTypos(word);
    const mask = letterMask(word);
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      for (const other of byFirstAndLength.get(`${word[0]}${length}`) ?? []) {
        if (other.word === word || bitCount((other.mask ^ mask) >>> 0) > 2 * allowed) continue;
        if (typoDistance(word, other.word, allowed) <= allowed) return true;
      }
    }
    // A first-letter typo costs 2: only words of 9 letters or more, one edit at the first letter.
    if (allowed < 2) return false;
    const rest = word.slice(1);
    const variants = [rest, `${word[1]}${word[0]}${word.slice(2)}`];
    for (const c of 'abcdefghijklmnopqrstuvwxyz') variants.push(c + rest, c + word);
    return variants.some((v) => v !== word && known.has(v));
  };
  return frequent
    .filter(([word]) => hasNeighbour(word))
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, maxWords)
    .map(([word]) => word);
}

/**
 * The list after an incremental run: what was guarded before stays (this run saw only the
 * articles it changed), the new words are added, within `maxWords`; sorted for a stable setting.
 */
export function mergeGuardedWords(current: readonly string[], added: readonly string[], maxWords = GUARD_MAX_WORDS): string[] {
  return [...new Set([...current, ...added])].slice(0, maxWords).sort();
}

import type Database from 'better-sqlite3';
import { maxTypos, typoDistance } from '../french/index';

/** Typo candidates kept per query word, closest first: enough for real typos, bounded for FTS5. */
const MAX_TYPO_CANDIDATES = 24;

/** Indexed words sharing a first letter and a length, with a bitmask of the letters they hold. */
interface Bucket {
  words: string[];
  masks: Uint32Array;
}

/**
 * Every indexed word, in memory, for typo matching. Words are bucketed by first letter and
 * length; a letter bitmask rejects most of a bucket before any edit distance is computed.
 */
export interface Vocabulary {
  words: Set<string>;
  buckets: Map<string, Bucket>;
  alphabet: string[];
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << word.charCodeAt(i) % 31;
  return mask >>> 0;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const bucketKey = (first: string, length: number) => `${first}${length}`;

export function loadVocabulary(db: Database.Database): Vocabulary {
  const words = new Set(db.prepare('SELECT term FROM vocabulary').pluck().all() as string[]);
  const grouped = new Map<string, string[]>();
  const letters = new Set<string>();
  for (const word of words) {
    for (const c of word) letters.add(c);
    const key = bucketKey(word[0] ?? '', word.length);
    const bucket = grouped.get(key);
    if (bucket) bucket.push(word);
    else grouped.set(key, [word]);
  }
  const buckets = new Map<string, Bucket>();
  for (const [key, list] of grouped) buckets.set(key, { words: list, masks: Uint32Array.from(list, letterMask) });
  return { words, buckets, alphabet: [...letters] };
}

/** Words one edit away at the first letter (cost 2 with the first-letter rule), by lookup. */
function firstLetterEdits(vocabulary: Vocabulary, word: string, found: Map<string, number>): void {
  const rest = word.slice(1);
  const variants = [rest, (word[1] ?? '') + (word[0] ?? '') + word.slice(2)];
  for (const c of vocabulary.alphabet) variants.push(c + rest, c + word);
  for (const v of variants) if (v !== word && vocabulary.words.has(v)) found.set(v, 2);
}

/** Indexed words within `allowed` edits of `word` (itself excepted), with their distances. */
function wordsWithin(vocabulary: Vocabulary, word: string, allowed: number): Map<string, number> {
  const found = new Map<string, number>();
  const mask = letterMask(word);
  const first = word[0] ?? '';
  // Each edit changes at most two letters of the mask.
  const maxMaskDiff = 2 * allowed;
  for (let length = word.length - allowed; length <= word.length + allowed; length++) {
    const bucket = vocabulary.buckets.get(bucketKey(first, length));
    if (!bucket) continue;
    for (let i = 0; i < bucket.words.length; i++) {
      if (popcount((bucket.masks[i]! ^ mask) >>> 0) > maxMaskDiff) continue;
      const candidate = bucket.words[i]!;
      if (candidate === word) continue;
      const distance = typoDistance(word, candidate, allowed);
      if (distance <= allowed) found.set(candidate, distance);
    }
  }
  if (allowed >= 2) firstLetterEdits(vocabulary, word, found);
  return found;
}

function closestFirst(found: Map<string, number>, limit: number): string[] {
  return [...found]
    .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w);
}

/**
 * Indexed words within the typo budget of the folded query word, closest first. None when the
 * word itself is indexed: a word that exists is what the user meant ("français" must not match
 * "François").
 */
export function findTypoCandidates(vocabulary: Vocabulary, word: string): string[] {
  const allowed = maxTypos(word);
  if (allowed === 0 || vocabulary.words.has(word)) return [];
  return closestFirst(wordsWithin(vocabulary, word, allowed), MAX_TYPO_CANDIDATES);
}

/**
 * Indexed words within `allowed` edits of the folded word, closest first, even when the word is
 * indexed itself (a rare misspelling in the corpus still gets its common spelling suggested).
 */
export function findRespellings(vocabulary: Vocabulary, word: string, allowed: number, limit: number): string[] {
  return allowed === 0 ? [] : closestFirst(wordsWithin(vocabulary, word, allowed), limit);
}

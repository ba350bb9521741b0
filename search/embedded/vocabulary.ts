import type Database from 'better-sqlite3';
import { maxTypos, typoDistance } from '../french/index';
import { packArrays, unpackArrays } from './packed-arrays';

/** Typo candidates kept per query word, closest first: enough for real typos, bounded for FTS5. */
const MAX_TYPO_CANDIDATES = 24;

/**
 * Words packed in one string, sorted by first letter, then length, then code units: the words of
 * one first letter and length (a bucket) are a run, with a bitmask of the letters each holds.
 */
export interface PackedWords {
  text: string;
  /** Word `i` is `text.slice(offsets[i], offsets[i + 1])`. */
  offsets: Uint32Array;
  masks: Uint32Array;
  /** Bucket key (first letter and length) → [first word, end). */
  buckets: Map<string, readonly [number, number]>;
  alphabet: string[];
}

/**
 * Every indexed word, for typo matching: the packed words the writer stored, and those committed
 * since (a few, packed at read time). A letter bitmask rejects most of a bucket before any edit
 * distance is computed; membership is a binary search in one bucket.
 */
export interface Vocabulary {
  words: { has(word: string): boolean };
  segments: PackedWords[];
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

function byBucket(a: string, b: string): number {
  const first = a.charCodeAt(0) - b.charCodeAt(0);
  if (first !== 0) return first;
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Packs words (unique) in bucket order. */
export function packWords(words: Iterable<string>): PackedWords {
  const sorted = [...words].filter((w) => w !== '').sort(byBucket);
  const offsets = new Uint32Array(sorted.length + 1);
  const masks = new Uint32Array(sorted.length);
  const buckets = new Map<string, readonly [number, number]>();
  const letters = new Set<string>();
  let start = 0;
  sorted.forEach((word, i) => {
    offsets[i + 1] = offsets[i]! + word.length;
    masks[i] = letterMask(word);
    for (const c of word) letters.add(c);
    const next = sorted[i + 1];
    if (next === undefined || next.charCodeAt(0) !== word.charCodeAt(0) || next.length !== word.length) {
      buckets.set(bucketKey(word[0]!, word.length), [start, i + 1]);
      start = i + 1;
    }
  });
  return { text: sorted.join(''), offsets, masks, buckets, alphabet: [...letters] };
}

function wordAt(packed: PackedWords, i: number): string {
  return packed.text.slice(packed.offsets[i]!, packed.offsets[i + 1]!);
}

function holds(packed: PackedWords, word: string): boolean {
  const range = packed.buckets.get(bucketKey(word[0] ?? '', word.length));
  if (!range) return false;
  let [low, high] = range;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const candidate = wordAt(packed, middle);
    if (candidate === word) return true;
    if (candidate < word) low = middle + 1;
    else high = middle;
  }
  return false;
}

/**
 * Indexed words starting with `prefix` (itself included), at most `limit` + 1 of them so that a
 * caller can tell "more than limit". Within a bucket the words are sorted, so each bucket holds its
 * completions as one run found by binary search.
 */
export function wordsStartingWith(vocabulary: Vocabulary, prefix: string, limit: number): string[] {
  const found = new Set<string>();
  const first = prefix[0] ?? '';
  for (const packed of vocabulary.segments) {
    for (const [key, [start, end]] of packed.buckets) {
      if (key[0] !== first || (packed.offsets[start + 1]! - packed.offsets[start]!) < prefix.length) continue;
      let low = start;
      let high = end;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (wordAt(packed, middle) < prefix) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < end; i++) {
        const word = wordAt(packed, i);
        if (!word.startsWith(prefix)) break;
        found.add(word);
        if (found.size > limit) return [...found];
      }
    }
  }
  return [...found];
}

/** The packed words as one BLOB: the text as UTF-16 code units, so offsets stay exact. */
export function storeWords(packed: PackedWords): Buffer {
  const text = new Uint16Array(packed.text.length);
  for (let i = 0; i < text.length; i++) text[i] = packed.text.charCodeAt(i);
  return packArrays(
    { text, offsets: packed.offsets, masks: packed.masks },
    { buckets: [...packed.buckets], alphabet: packed.alphabet },
  );
}

const CHUNK = 8_192;
const UTF16 = new TextDecoder('utf-16le');

/** The code units as a string: decoded at once, or one by one when a lone surrogate would be replaced. */
function fromCodeUnits(codes: Uint16Array): string {
  const decoded = UTF16.decode(codes);
  if (decoded.length === codes.length && !decoded.includes('\uFFFD')) return decoded;
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) parts.push(String.fromCharCode(...codes.subarray(i, i + CHUNK)));
  return parts.join('');
}

export function restoreWords(stored: Uint8Array): PackedWords {
  const { arrays, extra } = unpackArrays(stored);
  const { buckets, alphabet } = extra as { buckets: [string, [number, number]][]; alphabet: string[] };
  return {
    text: fromCodeUnits(arrays.text as Uint16Array),
    offsets: arrays.offsets as Uint32Array,
    masks: arrays.masks as Uint32Array,
    buckets: new Map(buckets),
    alphabet,
  };
}

/** A vocabulary of packed segments (the stored one, then the words committed since). */
export function toVocabulary(segments: PackedWords[]): Vocabulary {
  const kept = segments.filter((s) => s.masks.length > 0);
  return {
    words: { has: (word) => kept.some((s) => holds(s, word)) },
    segments: kept,
    alphabet: [...new Set(kept.flatMap((s) => s.alphabet))],
  };
}

/** Builds the vocabulary from every row of the `vocabulary` table. */
export function loadVocabulary(db: Database.Database): Vocabulary {
  return toVocabulary([packWords(db.prepare('SELECT term FROM vocabulary').pluck().all() as string[])]);
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
  for (const packed of vocabulary.segments) {
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      const range = packed.buckets.get(bucketKey(first, length));
      if (!range) continue;
      for (let i = range[0]; i < range[1]; i++) {
        if (popcount((packed.masks[i]! ^ mask) >>> 0) > maxMaskDiff) continue;
        const candidate = wordAt(packed, i);
        if (candidate === word) continue;
        const distance = typoDistance(word, candidate, allowed);
        if (distance <= allowed) found.set(candidate, distance);
      }
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

import { describe, expect, it } from 'vitest';
import { matchesWithTypos } from '../french/index';
import { createRandom } from '../../bench/corpus';
import { findRespellings, findTypoCandidates, loadVocabulary, packWords, restoreWords, storeWords, toVocabulary, type Vocabulary } from './vocabulary';

function vocabularyOf(words: string[]): Vocabulary {
  const fakeDb = { prepare: () => ({ pluck: () => ({ all: () => words }) }) };
  return loadVocabulary(fakeDb as unknown as Parameters<typeof loadVocabulary>[0]);
}

const WORDS = [
  'tempete', 'tempetes', 'tempate', 'tampate', 'sempete', 'empete', 'negociations', 'negociation',
  'begociations', 'engociations', 'egociations', 'negosiatoins', 'armee', 'armes', 'paix', 'poix',
  'president', 'presidents', 'bresident', 'xpresident', 'resident',
];

describe('findTypoCandidates', () => {
  it('finds exactly the indexed words the typo rule accepts', () => {
    const vocabulary = vocabularyOf(WORDS);
    for (const query of ['tempetr', 'negociatinos', 'armex', 'paox', 'presidnet', 'tampete']) {
      const expected = WORDS.filter((w) => matchesWithTypos(query, w)).sort();
      expect(expected.length, query).toBeGreaterThan(query === 'paox' ? -1 : 0);
      expect(findTypoCandidates(vocabulary, query).sort(), query).toEqual(expected);
    }
  });

  it('puts the closest words first', () => {
    const vocabulary = vocabularyOf(WORDS);
    expect(findTypoCandidates(vocabulary, 'presidentes').slice(0, 1)).toEqual(['presidents']);
  });

  it('never turns an indexed word into another one: "francais" is not "francois"', () => {
    const vocabulary = vocabularyOf([...WORDS, 'francais', 'francois']);
    expect(findTypoCandidates(vocabulary, 'francais')).toEqual([]);
    expect(findTypoCandidates(vocabulary, 'president')).toEqual([]);
    expect(findTypoCandidates(vocabulary, 'francaus')).toEqual(['francais']);
  });
});

describe('packed vocabulary', () => {
  const random = createRandom(21);
  const letters = 'abcdeéfgilmnoprstuz';
  const randomWord = () =>
    Array.from({ length: 3 + Math.floor(random() * 9) }, () => letters[Math.floor(random() * letters.length)]).join('');
  const words = [...new Set([...WORDS, ...Array.from({ length: 3_000 }, randomWord), '𝔘nicode', 'ŝ'])];

  it('round-trips through its BLOB: the same words, found by membership, none invented', () => {
    const packed = packWords(words);
    const back = toVocabulary([restoreWords(storeWords(packed))]);
    expect(words.every((w) => back.words.has(w))).toBe(true);
    for (const absent of ['', 'tempet', 'tempetess', 'zzzzzzzz', 'président']) expect(back.words.has(absent), absent).toBe(false);
    expect(restoreWords(storeWords(packed)).text).toBe(packed.text);
  });

  it('answers typo and respelling queries the same stored whole or as stored words plus words added since', () => {
    const whole = toVocabulary([restoreWords(storeWords(packWords(words)))]);
    const cut = Math.floor(words.length * 0.9);
    const split = toVocabulary([restoreWords(storeWords(packWords(words.slice(0, cut)))), packWords(words.slice(cut))]);
    for (const query of [...words.slice(cut - 20, cut + 20).map((w) => `${w}x`), 'tempetr', 'presidnet', 'negociatinos']) {
      expect(findTypoCandidates(split, query), query).toEqual(findTypoCandidates(whole, query));
      expect(findRespellings(split, query, 2, 10), query).toEqual(findRespellings(whole, query, 2, 10));
    }
    expect(words.slice(cut).every((w) => split.words.has(w))).toBe(true);
  });
});

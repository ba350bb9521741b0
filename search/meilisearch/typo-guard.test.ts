import { describe, expect, it } from 'vitest';
import { guardedWords, mergeGuardedWords, WordFrequencies } from './typo-guard';

const frequencies = (texts: string[]) => {
  const words = new WordFrequencies();
  for (const text of texts) words.add(text);
  return words.counts;
};

describe('guardedWords', () => {
  it('guards français and François when both are frequent: neither is read as the other', () => {
    const counts = frequencies([
      ...Array.from({ length: 3 }, (_, i) => `Le gouvernement français a parlé, jour ${i}.`),
      ...Array.from({ length: 3 }, (_, i) => `François Legault a répondu, jour ${i}.`),
    ]);
    expect(counts.get('francais')).toBe(3);
    expect(guardedWords(counts)).toEqual(expect.arrayContaining(['francais', 'francois']));
  });

  it('leaves words alone whose neighbour is rare, that are rare, or too short for a typo', () => {
    expect(guardedWords(new Map([['francais', 50], ['francois', 2]]))).toEqual([]);
    expect(guardedWords(new Map([['francais', 2], ['francois', 50]]))).toEqual([]);
    expect(guardedWords(new Map([['pays', 50], ['paye', 50]]))).toEqual([]);
    expect(guardedWords(new Map([['marocain', 50], ['algerien', 50]]))).toEqual([]);
    expect(guardedWords(new Map([['2021', 50], ['2012', 50]]))).toEqual([]);
  });

  it('follows the typo budget: two typos from 9 letters, a first-letter typo costing 2', () => {
    expect(guardedWords(new Map([['certitudes', 5], ['xertitudes', 5]]))).toEqual(['certitudes', 'xertitudes']);
    expect(guardedWords(new Map([['certitud', 5], ['xertitud', 5]]))).toEqual([]);
    expect(guardedWords(new Map([['ministere', 5], ['ministres', 5]]))).toEqual(['ministere', 'ministres']);
  });

  it('keeps the most frequent words within the cap', () => {
    const counts = new Map([['francais', 9], ['francois', 8], ['chanson', 7], ['chanton', 6]]);
    expect(guardedWords(counts, { maxWords: 2 })).toEqual(['francais', 'francois']);
    expect(guardedWords(counts)).toEqual(['francais', 'francois', 'chanson', 'chanton']);
  });
});

describe('mergeGuardedWords', () => {
  it('keeps the words guarded before, adds the new ones, sorted, within the cap', () => {
    expect(mergeGuardedWords(['francois', 'francais'], ['chanson', 'francais'])).toEqual(['chanson', 'francais', 'francois']);
    expect(mergeGuardedWords(['b', 'a'], ['c'], 2)).toEqual(['a', 'b']);
  });
});

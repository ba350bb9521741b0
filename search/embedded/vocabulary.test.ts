import { describe, expect, it } from 'vitest';
import { matchesWithTypos } from '../french/index';
import { findTypoCandidates, type Vocabulary } from './vocabulary';
import { loadVocabulary } from './vocabulary';

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

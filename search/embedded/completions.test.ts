import { describe, expect, it } from 'vitest';
import { findCompletions, MAX_PREFIX_COMPLETIONS } from './completions';
import { loadVocabulary, packWords, toVocabulary, type Vocabulary } from './vocabulary';

function vocabularyOf(words: string[]): Vocabulary {
  const fakeDb = { prepare: () => ({ pluck: () => ({ all: () => words }) }) };
  return loadVocabulary(fakeDb as unknown as Parameters<typeof loadVocabulary>[0]);
}

describe('findCompletions', () => {
  const vocabulary = vocabularyOf(['fichier', 'fichiers', 'fichiez', 'fiche', 'afficher', 'fichierssupplementairesetlongs', 'pri']);

  it('lists every indexed word starting with the prefix, the longest included', () => {
    expect(findCompletions(vocabulary, 'fichi')?.sort()).toEqual(['fichier', 'fichiers', 'fichierssupplementairesetlongs', 'fichiez']);
    expect(findCompletions(vocabulary, 'fichiers')?.sort()).toEqual(['fichiers', 'fichierssupplementairesetlongs']);
    expect(findCompletions(vocabulary, 'fichu')).toEqual([]);
  });

  it('leaves short prefixes and prefixes with too many completions to FTS5', () => {
    expect(findCompletions(vocabulary, 'fic')).toBeNull();
    const many = vocabularyOf(Array.from({ length: MAX_PREFIX_COMPLETIONS + 1 }, (_, i) => `mode${String.fromCharCode(97 + (i % 26))}${i}`));
    expect(findCompletions(many, 'mode')).toBeNull();
    expect(findCompletions(many, 'modea')).toHaveLength(2);
  });

  it('finds completions in the stored words and in those committed since, each once', () => {
    const stored = packWords(['fichier', 'fiche', 'fichiez']);
    const since = packWords(['fichiers', 'fichier']);
    expect(findCompletions(toVocabulary([stored, since]), 'fichi')).toEqual(['fichier', 'fichiez', 'fichiers']);
  });
});

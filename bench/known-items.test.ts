import { describe, expect, it } from 'vitest';
import { classifyMiss, isNearDuplicate, jaccard, NEAR_DUPLICATE_JACCARD, quotesQueriedSentence, rankOf, shingles, type ComparedText } from './known-items';

const pairs = (text: string) => shingles(text.split(' '));

// Forty distinct words: 39 pairs. One inner word changed replaces 2 of them (37 shared of 41,
// 0.90); two words apart replace 4 (35 of 43, 0.81).
const base = Array.from({ length: 40 }, (_, i) => `mot${i}`);
const changed = (at: readonly number[]) => shingles(base.map((w, i) => (at.includes(i) ? `autre${i}` : w)));
const target = shingles(base);

describe('jaccard', () => {
  it('is shared members over all members', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['c', 'b', 'a']))).toBe(1);
    expect(jaccard(new Set(['a', 'b', 'c', 'd']), new Set(['c', 'd', 'e', 'f']))).toBeCloseTo(2 / 6);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
});

describe('shingles', () => {
  it('keeps the word order: the same words in another order are another text', () => {
    expect(pairs('de gauche à droite')).toEqual(new Set(['de gauche', 'gauche à', 'à droite']));
    expect(jaccard(pairs('fait défiler le texte de gauche à droite'), pairs('fait défiler le texte de droite à gauche'))).toBeLessThan(0.5);
    expect(pairs('seul')).toEqual(new Set(['seul']));
  });
});

describe('near-duplicates', () => {
  it('takes a copy with one word in forty changed for the same text, not one with two', () => {
    expect(NEAR_DUPLICATE_JACCARD).toBe(0.9);
    expect(isNearDuplicate(target, shingles(base))).toBe(true);
    expect(isNearDuplicate(target, changed([20]))).toBe(true);
    expect(isNearDuplicate(target, changed([10, 30]))).toBe(false);
  });

  it('takes a paragraph quoting one sentence of the target for another text', () => {
    const quoted = pairs('le serveur apache charge le module ssl au démarrage puis écoute le port');
    expect(isNearDuplicate(quoted, pairs('le module ssl au démarrage puis tout autre chose ici'))).toBe(false);
  });

  it('ranks the first right answer: the target alone, or any near-duplicate of it', () => {
    const hits = [
      { id: 'other', shingles: changed([10, 30]) },
      { id: 'copy', shingles: changed([20]) },
      { id: 'target', shingles: target },
    ];
    expect(rankOf('target', target, hits)).toEqual({ strict: 2, withDuplicates: 1 });
    expect(rankOf('target', target, hits.slice(0, 2))).toEqual({ strict: -1, withDuplicates: 1 });
    expect(rankOf('target', target, hits.slice(0, 1))).toEqual({ strict: -1, withDuplicates: -1 });
  });
});

/** A paragraph as `classifyMiss` reads it; one sentence per line, words split on spaces. */
function compare(text: string): ComparedText {
  const sentences = text.split('\n');
  return { text: sentences.join(' '), shingles: pairs(sentences.join(' ')), sentences: sentences.map((s) => ({ text: s, words: new Set(s.split(' ')) })) };
}

describe('classifyMiss', () => {
  const drawnFrom = compare('le serveur apache charge le module ssl\nil écoute ensuite le port huit mille quatre cent quarante trois');
  const quoting = compare('un autre texte entier ici\nle serveur apache charge le module ssl');
  const elsewhere = compare('le module ssl que le serveur apache ne charge pas toujours tout seul');
  const copy = compare('le serveur apache charge le module ssl\nil écoute ensuite le port huit mille quatre cent quarante trois .');
  const query = ['apache', 'ssl'];

  it('tells a copy, a paragraph quoting the queried sentence, another paragraph and an unmatched target apart', () => {
    expect(classifyMiss(drawnFrom, copy, query, true)).toBe('duplicate');
    expect(classifyMiss(drawnFrom, quoting, query, true)).toBe('passage');
    expect(classifyMiss(drawnFrom, elsewhere, query, true)).toBe('ranking');
    expect(classifyMiss(drawnFrom, elsewhere, query, false)).toBe('unmatched');
    expect(classifyMiss(drawnFrom, undefined, query, false)).toBe('unmatched');
  });

  it('counts a quoted sentence only when it holds every query word', () => {
    expect(quotesQueriedSentence(drawnFrom, quoting, query)).toBe(true);
    expect(quotesQueriedSentence(drawnFrom, quoting, ['apache', 'port'])).toBe(false);
    expect(quotesQueriedSentence(drawnFrom, elsewhere, query)).toBe(false);
  });
});

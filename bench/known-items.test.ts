import { describe, expect, it } from 'vitest';
import { classifyMiss, isNearDuplicate, jaccard, NEAR_DUPLICATE_JACCARD, rankOf, shingles } from './known-items';

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

describe('classifyMiss', () => {
  it('tells a copy ranked first from another paragraph and from a target the query does not match', () => {
    expect(classifyMiss(target, changed([20]), true)).toBe('duplicate');
    expect(classifyMiss(target, changed([20]), false)).toBe('duplicate');
    expect(classifyMiss(target, changed([10, 30]), true)).toBe('ranking');
    expect(classifyMiss(target, changed([10, 30]), false)).toBe('unmatched');
    expect(classifyMiss(target, new Set(), false)).toBe('unmatched');
  });
});

import { describe, expect, it } from 'vitest';
import { WordPostings } from './known-items';

describe('WordPostings', () => {
  const postings = new WordPostings([
    ['serveur', 'apache', 'module', 'module'],
    ['serveur', 'apache', 'module'],
    ['serveur', 'nginx', 'module'],
  ]);

  it('counts each paragraph once per word', () => {
    expect(postings.frequency('module')).toBe(3);
    expect(postings.frequency('nginx')).toBe(1);
    expect(postings.frequency('absent')).toBe(0);
  });

  it('finds the paragraphs holding every word', () => {
    expect(postings.holdingAll(['apache', 'serveur'])).toEqual([0, 1]);
    expect(postings.holdingAll(['nginx', 'module'])).toEqual([2]);
    expect(postings.holdingAll(['nginx', 'apache'])).toEqual([]);
  });

  it('tells a query that describes one paragraph from one a near-duplicate shares', () => {
    expect(postings.isOnlyHolder(['nginx', 'serveur'], 2)).toBe(true);
    expect(postings.isOnlyHolder(['apache', 'module'], 0)).toBe(false);
    expect(postings.isOnlyHolder(['nginx'], 0)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { parseQuery } from './query';

const parts = (q: string) => parseQuery(q).words.map((w) => w.parts.map((p) => p.norm).join('-'));
const partCount = (q: string) => parseQuery(q).words.reduce((n, w) => n + w.parts.length, 0);

describe('query parts cap', () => {
  it('counts the parts of hyphen chains, elisions and digits against the cap', () => {
    expect(partCount(Array.from({ length: 100 }, () => 'garde').join('-'))).toBe(LIMITS.queryParts);
    expect(partCount('1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6-7-8-9-0')).toBe(LIMITS.queryParts);
    expect(partCount(Array.from({ length: 20 }, (_, i) => `aujourd'hui${i}`).join(' '))).toBe(LIMITS.queryParts);
  });

  it('drops stop-word parts at the ends of a chain, so a hostile chain costs one word', () => {
    expect(parts(`${'a-'.repeat(99)}co`)).toEqual(['co']);
    expect(parts('de-la-maison')).toEqual(['maison']);
    expect(parts('pomme-de-terre')).toEqual(['pomme-de-terre']);
  });

  it('drops a word said again, after the cap', () => {
    expect(parts("l'a l'a L'A d'a")).toEqual(['a']);
    expect(parts('maroc rabat MAROC ')).toEqual(['maroc', 'rabat']);
  });

  it('keeps a query of stop words only, which has nothing else to match', () => {
    const { words } = parseQuery('le-la de-la');
    expect(words.map((w) => w.optional)).toEqual([false, false]);
  });

  it('takes the prefix flag off a word cut by the cap', () => {
    const { words } = parseQuery(`${'garde '.repeat(LIMITS.queryParts - 1)}garde-cotes`);
    expect(words.at(-1)?.parts.map((p) => p.norm)).toEqual(['garde']);
    expect(words.at(-1)?.prefix).toBe(false);
  });
});

describe('query parts cap with the query language', () => {
  it('keeps the stop words of a phrase in their places', () => {
    const { words } = parseQuery('"ministre de la défense"');
    expect(words[0]?.parts.map((p) => p.norm)).toEqual(['ministre', 'de', 'la', 'defense']);
  });

  it('bounds excluded words too', () => {
    const { excluded } = parseQuery(`-${Array.from({ length: 40 }, () => 'garde').join('-')}`);
    expect(excluded.reduce((n, w) => n + w.parts.length, 0)).toBeLessThanOrEqual(LIMITS.queryParts);
  });
});

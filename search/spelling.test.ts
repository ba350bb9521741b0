import { describe, expect, it } from 'vitest';
import { isWorthSuggesting, pickRespelling, respeltQuery, respellableWords, spellingDistance } from './spelling';

describe('spelling suggestions: the shared rule', () => {
  it('suggests over no hit, or over one or two when the respelling finds ten times more', () => {
    expect(isWorthSuggesting(0, 1)).toBe(true);
    expect(isWorthSuggesting(1, 10)).toBe(true);
    expect(isWorthSuggesting(1, 9)).toBe(false);
    expect(isWorthSuggesting(2, 20)).toBe(true);
    expect(isWorthSuggesting(3, 1_000)).toBe(false);
    expect(isWorthSuggesting(0, 0)).toBe(false);
  });

  it('allows one edit more than typo tolerance, two at most, none under four letters', () => {
    expect(spellingDistance('gaz')).toBe(0);
    expect(spellingDistance('gatz')).toBe(1);
    expect(spellingDistance('tebounne')).toBe(2);
    expect(spellingDistance('abdelmadjid')).toBe(2);
  });

  it('respells plain required words only, never phrases, stop words or numbers', () => {
    expect(respellableWords('le président "Tebounne" 2024 Tebounne -Alger').map((w) => w.source)).toEqual([
      'président',
      'Tebounne',
    ]);
  });

  it('keeps the candidate found most, when it is found more than the word as typed', () => {
    expect(pickRespelling(0, new Map([['tebboune', 12], ['teboulba', 3]]))).toBe('tebboune');
    expect(pickRespelling(12, new Map([['tebboune', 12]]))).toBeNull();
  });

  it('replaces each respelt word where it was typed', () => {
    const words = respellableWords('président Tebounne à Alger');
    expect(respeltQuery('président Tebounne à Alger', new Map([[words[1]!, 'Tebboune']]))).toBe('président Tebboune à Alger');
  });
});

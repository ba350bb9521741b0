import { describe, expect, it } from 'vitest';
import { containsLoosely } from './loose-match';

describe('containsLoosely', () => {
  it('ignores case and accents so "saied" finds "Kaïs Saïed"', () => {
    expect(containsLoosely('Kaïs Saïed', 'saied')).toBe(true);
    expect(containsLoosely('États-Unis', 'etats')).toBe(true);
    expect(containsLoosely('Sénégal', 'SENE')).toBe(true);
  });

  it('treats both apostrophes alike', () => {
    expect(containsLoosely('Ali N’Diaye', "n'diaye")).toBe(true);
  });

  it('finds nothing that is not there', () => {
    expect(containsLoosely('Benny Gantz', 'zzz')).toBe(false);
    expect(containsLoosely('Maroc', 'marocain')).toBe(false);
  });
});

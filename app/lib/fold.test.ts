import { describe, expect, it } from 'vitest';
import { foldForMatch } from './fold';

describe('foldForMatch', () => {
  it('ignores case and accents so "saied" finds "Kaïs Saïed"', () => {
    expect(foldForMatch('Kaïs Saïed').includes(foldForMatch('saied'))).toBe(true);
    expect(foldForMatch('États-Unis')).toBe('etats-unis');
  });
});

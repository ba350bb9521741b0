import { describe, expect, it } from 'vitest';
import { flagEmoji, formatCount, formatDate, formatMonthName, quote } from './format';

describe('format', () => {
  it('formats dates in French', () => {
    expect(formatDate('2021-11-23')).toBe('23 novembre 2021');
    expect(formatDate('2021-08')).toBe('août 2021');
    expect(formatDate('2021')).toBe('2021');
    expect(formatMonthName('2022-02')).toBe('février');
  });

  it('builds flag emoji from ISO codes only', () => {
    expect(flagEmoji('MA')).toBe('🇲🇦');
    expect(flagEmoji('ma')).toBe('');
  });

  it('groups digits the French way', () => {
    expect(formatCount(1234567)).toBe('1\u202f234\u202f567');
    expect(formatCount(999)).toBe('999');
  });

  it('writes decimals with a comma and quotes with no-break spaces', () => {
    expect(formatCount(2.92)).toBe('2,92');
    expect(formatCount(12345.5)).toBe('12\u202f345,5');
    expect(quote('Tebboune')).toBe('«\u00a0Tebboune\u00a0»');
  });
});

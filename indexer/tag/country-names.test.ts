import { describe, expect, it } from 'vitest';
import { countryFlag, countryName } from './country-names';

describe('country display names', () => {
  it('gives French names for ISO codes', () => {
    expect(countryName('MA')).toBe('Maroc');
    expect(countryName('us')).toBe('États-Unis');
    expect(countryName('DZ')).toBe('Algérie');
  });

  it('falls back to the code when it is unknown', () => {
    expect(countryName('ZZ')).toBe('ZZ');
  });

  it('builds flag emoji from two letters only', () => {
    expect(countryFlag('MA')).toBe('🇲🇦');
    expect(countryFlag('fr')).toBe('🇫🇷');
    expect(countryFlag('FRA')).toBe('');
  });
});

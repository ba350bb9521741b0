import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { countryName } = await import('./country-names');

describe('country display names', () => {
  it('follow French capitalisation', () => {
    expect(countryName('EH')).toBe('Sahara occidental');
    expect(countryName('SA')).toBe('Arabie saoudite');
    expect(countryName('MA')).toBe('Maroc');
  });
});

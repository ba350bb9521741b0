import { describe, expect, it } from 'vitest';
import { countryPath, personFromSlug, personPath, personSlug } from './entity-paths';

describe('entity paths', () => {
  it('round-trips person names through their slug', () => {
    for (const name of ['Benny Gantz', 'Jean-Luc Mélenchon', 'Kaïs Saïed', 'Abdelmadjid Tebboune', "N’Golo Kanté", 'Jean Paul II']) {
      expect(personFromSlug(personSlug(name))).toBe(name);
      const path = personPath(name);
      expect(path.startsWith('/personnes/')).toBe(true);
      expect(personFromSlug(decodeURIComponent(path.slice('/personnes/'.length)))).toBe(name);
      expect(personFromSlug(path.slice('/personnes/'.length))).toBe(name);
    }
    expect(personPath('Kaïs Saïed')).toBe('/personnes/Ka%C3%AFs_Sa%C3%AFed');
  });

  it('refuses slugs no name can have', () => {
    expect(personFromSlug('%E0%A4%A')).toBeNull();
    expect(personFromSlug('a b')).toBeNull();
  });

  it('writes country pages by ISO code', () => {
    expect(countryPath('MA')).toBe('/pays/MA');
  });
});

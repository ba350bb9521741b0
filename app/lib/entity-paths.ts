import type { ValueFacetName } from '../../search/index';

/*
 * Entity pages have French URLs: `/personnes/<slug>` and `/pays/<code>`. A person's slug is the
 * name with `_` for spaces (Wikipedia's way): readable, stable while the name is, and reversible
 * without a lookup, since a person name never holds `_` (see the registry's person schema).
 */

export function personSlug(name: string): string {
  return name.replaceAll(' ', '_');
}

/** The name a slug stands for, or null when it cannot be one (the page then answers 404). */
export function personFromSlug(slug: string): string | null {
  let decoded = slug;
  if (decoded.includes('%')) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return null;
    }
  }
  if (decoded.includes(' ')) return null;
  return decoded.replaceAll('_', ' ').normalize('NFC');
}

export function personPath(name: string): string {
  return `/personnes/${encodeURIComponent(personSlug(name))}`;
}

export function countryPath(code: string): string {
  return `/pays/${encodeURIComponent(code)}`;
}

/** The page of a value of each values facet: adding a facet to the registry asks for its page. */
export const ENTITY_PAGE_PATHS: Readonly<Record<ValueFacetName, (value: string) => string>> = {
  persons: personPath,
  countries: countryPath,
};

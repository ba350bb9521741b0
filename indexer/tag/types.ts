import type { CountryCode } from '../../search/index';

/** Facets found in one paragraph. */
export interface ParagraphTags {
  /** Canonical full names, sorted, unique. */
  persons: string[];
  /** ISO 3166-1 alpha-2 codes, sorted, unique. */
  countries: CountryCode[];
}

/**
 * Tags the paragraphs of one article together: a surname alone later in the article resolves to
 * the full name given earlier ("Gantz" → "Benny Gantz").
 */
export interface Tagger {
  tagArticle(paragraphs: readonly string[]): ParagraphTags[];
}

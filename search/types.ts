/**
 * Paragraphe's own domain types. Engines map their records into these; nothing here is derived
 * from an engine's types.
 */

/** ISO 3166-1 alpha-2 code, upper case ("MA"). */
export type CountryCode = string;

/** One paragraph of one article: the unit that is indexed, searched and deep-linked. */
export interface Paragraph {
  /** Stable id (see README, "Paragraph ids"): `${article}-${hash}`, [A-Za-z0-9_-] only. */
  id: string;
  /** Article id: the corpus file name stem. */
  article: string;
  /** 1-based position of the paragraph in its article (the lede is 1). */
  position: number;
  /** The subheading the paragraph sits under, or null before the first one. */
  section: string | null;
  /** Text as written (NFC), typographic apostrophes, guillemets and no-break spaces kept. */
  text: string;
  /** `YYYY-MM` or `YYYY-MM-DD`, from the article header. */
  date: string;
  /** Canonical full names, sorted, unique. */
  persons: string[];
  /** ISO 3166-1 alpha-2 codes, sorted, unique. */
  countries: CountryCode[];
  /** Article title (given, or derived from the lede). */
  title: string;
  /** Where the article came from, when the corpus says so. */
  source: string | null;
  /** The article's original URL, when the corpus says so. */
  sourceUrl: string | null;
}

/** An article as the engine returns it: its metadata and its paragraphs in order. */
export interface Article {
  id: string;
  title: string;
  date: string;
  source: string | null;
  sourceUrl: string | null;
  paragraphs: Paragraph[];
}

/** What the indexer hands to the engine for one article. */
export interface IndexedArticle {
  id: string;
  /** Content fingerprint: unchanged fingerprint ⇒ the article is skipped on incremental runs. */
  fingerprint: string;
  paragraphs: Paragraph[];
}

export interface SearchFilters {
  /** Canonical person names; OR within the facet. */
  persons: string[];
  /** ISO codes; OR within the facet. */
  countries: CountryCode[];
  /** `YYYY` or `YYYY-MM` values; a paragraph matches when its date starts with one. OR within. */
  dates: string[];
}

export interface SearchQuery {
  /** Free text; empty returns every paragraph, newest first. */
  q: string;
  filters: SearchFilters;
  /** 1-based. */
  page: number;
  hitsPerPage: number;
}

export interface SearchHit extends Paragraph {
  /** HTML-escaped text with `<mark>…</mark>` around every matched word. */
  highlight: string;
  /** Deep link path to the paragraph (see `paragraphPath`). */
  url: string;
}

/** Facet counts over the matching set; disjunctive for facets that have a selected value. */
export interface FacetCounts {
  persons: Record<string, number>;
  countries: Record<CountryCode, number>;
  /** Keys are years (`2021`) and months (`2021-11`). */
  date: Record<string, number>;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
  took_ms: number;
}

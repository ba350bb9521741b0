/**
 * Paragraphe's own domain types. Engines map their records into these; nothing here is derived
 * from an engine's types. Facet-keyed shapes come from the registry in `facets.ts`.
 */
import type { FacetName, ValueFacetName } from './facets';

/** ISO 3166-1 alpha-2 code, upper case ("MA"). */
export type CountryCode = string;

/** Values of every `values` facet of a paragraph: canonical, sorted, unique. */
export type ParagraphFacets = Record<ValueFacetName, string[]>;

/** An article's metadata, stored once per article (never rebuilt from its first paragraph). */
export interface ArticleMeta {
  /** Article title (given, or derived from the lede). */
  title: string;
  /** `YYYY-MM` or `YYYY-MM-DD`, from the article header: the source of the period facet. */
  date: string;
  /** Where the article came from, when the corpus says so. */
  source: string | null;
  /** The article's original URL, when the corpus says so. */
  sourceUrl: string | null;
}

/** One paragraph as the indexer produces it, inside its article. */
export interface ParagraphInput {
  /** Stable id (see README, "Paragraph ids"): `${article}-${hash}`, [A-Za-z0-9_-] only. */
  id: string;
  /** 1-based position of the paragraph in its article (the lede is 1). */
  position: number;
  /** The subheading the paragraph sits under, or null before the first one. */
  section: string | null;
  /** Text as written (NFC), typographic apostrophes, guillemets and no-break spaces kept. */
  text: string;
  facets: ParagraphFacets;
}

/** One paragraph as an engine returns it: the unit that is searched and deep-linked. */
export interface Paragraph extends ParagraphInput {
  /** Article id: the corpus file name stem. */
  article: string;
  /** The article's date (copied from its metadata so a hit can show and filter on it). */
  date: string;
}

/** An article as the engine returns it: its metadata and its paragraphs in order. */
export interface Article {
  id: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
}

/** What the indexer hands to the engine for one article. */
export interface IndexedArticle {
  id: string;
  /** Content fingerprint: unchanged fingerprint ⇒ the article is skipped on incremental runs. */
  fingerprint: string;
  meta: ArticleMeta;
  paragraphs: ParagraphInput[];
  /**
   * The person names of the article as it spelled them (before the corpus-wide choice of one
   * spelling per person), unique; kept so an incremental run can redo that choice. Absent: none.
   */
  personSpellings?: string[];
}

/**
 * Selected values per facet; OR within a facet (unless the facet is in `allOf`), AND across
 * facets. For the period facet the values are `YYYY` or `YYYY-MM` and a paragraph matches when its
 * date starts with one.
 */
export type SearchFilters = Record<FacetName, string[]> & {
  /**
   * `values` facets whose selected values must all be on a paragraph (persons named together),
   * not any one of them; see `search/match-mode.ts`. Absent: every facet is OR.
   */
  allOf?: ValueFacetName[];
};

/** Result order: by relevance (date breaks ties), newest first, oldest first. */
export type SearchSort = 'pertinence' | 'recent' | 'ancien';

export interface SearchQuery {
  /** Free text; empty returns every paragraph, newest first. */
  q: string;
  filters: SearchFilters;
  /** `pertinence` when absent; an empty query is always in date order (newest first unless `ancien`). */
  sort?: SearchSort;
  /** First month of the date range, inclusive: `YYYY` (its January) or `YYYY-MM`. */
  from?: string;
  /** Last month of the date range, inclusive: `YYYY` (its December) or `YYYY-MM`. */
  to?: string;
  /** 1-based. */
  page: number;
  hitsPerPage: number;
}

export interface SearchHit extends Paragraph {
  /** HTML-escaped text with `<mark>…</mark>` around every matched word. */
  highlight: string;
  /**
   * The same marks on about 40 words around the best-matching region, "…" where text was left
   * out (the whole highlight when the paragraph is short). `text` stays whole for deep links.
   */
  snippet: string;
  /** Title of the hit's article (from its metadata). */
  title: string;
  /** Source of the hit's article, when known. */
  source: string | null;
}

/**
 * Facet counts over the matching set, disjunctive for facets that have a selected value (except a
 * facet in `allOf`, counted within the matching set). Period facet keys are years (`2021`) and
 * months (`2021-11`).
 */
export type FacetCounts = Record<FacetName, Record<string, number>>;

/**
 * The words a search left out because no paragraph held them all: the last required words are
 * dropped one by one until something matches (Meilisearch's `last` strategy), and the user is told.
 */
export interface QueryRelaxation {
  /** Required words left out, as typed, in query order. */
  droppedWords: string[];
  /** The query that was run instead, as the user could type it. */
  effectiveQuery: string;
}

/** "Vouliez-vous dire …": the query respelt with words of the index, and what it finds. */
export interface SpellingSuggestion {
  /** The respelt query, as the user could type it. */
  query: string;
  /** Paragraphs it finds (with the same filters). */
  total: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
  took_ms: number;
  /** Set when the hits match only part of the query; null when they hold every required word. */
  relaxed: QueryRelaxation | null;
  /**
   * Set when the search found few paragraphs and a respelling of its words finds much more
   * (see `search/spelling.ts`); absent or null otherwise.
   */
  suggestion?: SpellingSuggestion | null;
}

/**
 * Where a paragraph id that an edit made disappear leads now: its article, and the paragraph of
 * the current version close enough to the old text (null: none is, open the article's top).
 */
export interface FormerParagraph {
  article: string;
  paragraphId: string | null;
}

/** A query's whole match set: text, filters, order and date range, with no page. */
export type MatchQuery = Omit<SearchQuery, 'page' | 'hitsPerPage'>;

/** Counts over a query's whole match set, every facet counted within it (not disjunctive). */
export interface MatchSummary {
  /** Matching paragraphs. */
  paragraphs: number;
  /** Distinct articles holding them. */
  articles: number;
  /** Per facet, the values found in the matching paragraphs (persons seen together, months…). */
  facets: FacetCounts;
  /** Article dates of the oldest and newest matching paragraphs; null when nothing matches. */
  firstDate: string | null;
  lastDate: string | null;
}

/** One hit of a streamed query: the paragraph with its article's title and source, no highlight. */
export interface StreamedHit extends Paragraph {
  title: string;
  source: string | null;
}

import type { FacetValueCount, FacetValueSearch } from './facet-values';
import type {
  Article,
  FormerParagraph,
  IndexedArticle,
  MatchQuery,
  MatchSummary,
  Paragraph,
  SearchQuery,
  SearchResult,
  StreamedHit,
} from './types';

/**
 * The port every search adapter implements (`embedded`, `meilisearch`). The indexer writes
 * through it, the web app and the CLI read through it; the contract suite in `search/contract/`
 * runs against every adapter.
 */
export interface SearchEngine {
  /** Fingerprint of every indexed article, so incremental runs skip unchanged ones. */
  getArticleFingerprints(): Promise<Map<string, string>>;
  /**
   * Start a write. With `replaceAll`, the index is rebuilt from what the writer receives;
   * readers keep seeing the previous index until `commit()` (atomic swap).
   */
  beginWrite(options: { replaceAll: boolean }): Promise<IndexWriter>;
  search(query: SearchQuery): Promise<SearchResult>;
  getParagraph(id: string): Promise<Paragraph | null>;
  getArticle(id: string): Promise<Article | null>;
  close(): Promise<void>;
  /** Values of one facet whose label has a word starting with the text, counted under the search. */
  searchFacetValues(request: FacetValueSearch): Promise<FacetValueCount[]>;
  /** Each indexed article's `personSpellings` (an empty list when it had none). */
  getArticlePersonSpellings(): Promise<Map<string, string[]>>;
  /** Where a paragraph id gone since an edit of its article leads now; null when it was never recorded. */
  resolveFormerParagraph(id: string): Promise<FormerParagraph | null>;
  /** Paragraph and article counts and non-disjunctive facet counts of a query's whole match set. */
  summarizeMatches(query: MatchQuery): Promise<MatchSummary>;
  /** Every hit of a query in its order, read a batch at a time (export: no page cap, flat memory). */
  streamHits(query: MatchQuery): AsyncIterable<StreamedHit>;
}

export interface IndexWriter {
  /** Replaces every paragraph of the article (no stale paragraph survives). */
  putArticle(article: IndexedArticle): Promise<void>;
  deleteArticle(id: string): Promise<void>;
  /** Publishes everything written so far, atomically where the adapter can. */
  commit(): Promise<void>;
  /** Drops what was written; the previous index keeps serving. */
  abort(): Promise<void>;
}

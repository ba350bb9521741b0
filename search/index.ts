/**
 * The search module's public surface. Everything outside `search/` imports from here only; the
 * adapters (`embedded/`, `meilisearch/`) and the French analysis (`french/`) are internals
 * (an ESLint rule keeps it so). Deployment key management has its own entry, `search/admin.ts`.
 */
export type * from './types';
export type { SearchEngine, IndexWriter } from './engine';
export * from './facets';
export * from './match-mode';
export { LIMITS } from './limits';
export { facetLabelMatcher, facetWords, type FacetValueCount, type FacetValueSearch } from './facet-values';
export * from './errors';
export { openSearchEngine, type OpenEngineOptions } from './open-engine';
export { checkReaderKey, type SearchKeyVerdict } from './check-search-key';
export { isEngineServing } from './engine-health';
export type { SearchStageTimes } from './embedded/searcher';
export {
  type EngineConfig,
  type Env,
  ConfigError,
  DEFAULT_DATA_DIR,
  DEFAULT_INDEX_UID,
  envSchema,
  parseEnv,
  engineConfigFromEnv,
} from './config';
export { indexUidSchema } from './index-uid';
export { paragraphPath, articlePath } from './paths';
export { toSearchJson, toHitJson, type SearchJson, type SearchHitJson } from './search-json';
export { validateQuery, searchQuerySchema, searchOptionsSchema, SEARCH_SORTS } from './validate-query';
export { formatZodIssues, type ZodIssueFormat } from './zod-issues';
export { foldText, foldWord, type FoldOptions } from './french/fold';
export { tokenizeCompounds, ELISIONS, type CompoundWord } from './french/tokenize';
export { parseQuery, tokenize, isStopWord, type QueryWord, type Token } from './french/index';
export { highlightParagraph } from './highlight-query';
export { relaxationNotice } from './relaxation-notice';
export {
  EXPORT_FORMATS,
  EXPORT_COLUMNS,
  EXPORT_CONTENT_TYPES,
  exportLines,
  exportFileName,
  toExportRecord,
  type ExportFormat,
  type ExportRecord,
} from './export';

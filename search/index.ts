/**
 * The search module's public surface. Everything outside `search/` imports from here only; the
 * adapters (`embedded/`, `meilisearch/`) and the French analysis (`french/`) are internals
 * (an ESLint rule keeps it so).
 */
export type * from './types';
export type { SearchEngine, IndexWriter } from './engine';
export * from './facets';
export { LIMITS } from './limits';
export * from './errors';
export { openSearchEngine } from './open-engine';
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
export { paragraphPath, articlePath } from './paths';
export { toSearchJson, type SearchJson } from './search-json';
export { formatZodIssues } from './zod-issues';
export { highlightParagraph } from './highlight-query';

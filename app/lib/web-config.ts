import { ConfigError, engineConfigFromEnv, parseEnv, type EngineConfig, type SearchKeyVerdict } from '../../search/index';

/**
 * The engine the web app reads, from an environment. Throws a `ConfigError` naming the bad
 * variable; `instrumentation.ts` calls it when the server starts so a bad value stops it there.
 */
export function webEngineConfig(env: Record<string, string | undefined>): EngineConfig {
  return engineConfigFromEnv(parseEnv(env), 'reader');
}

/**
 * Refuses to start with a Meilisearch key that can do more than search (it would reach the
 * server's write routes from a compromised web app); warns when the server cannot tell.
 */
export function enforceSearchOnlyKey(verdict: SearchKeyVerdict, warn: (line: string) => void): void {
  if (verdict.kind === 'too-powerful') {
    throw new ConfigError(
      `MEILI_SEARCH_KEY can do more than search (${verdict.reason}): give the web app the search-only key`,
    );
  }
  if (verdict.kind === 'unknown') warn(`warning: cannot check that MEILI_SEARCH_KEY is search-only: ${verdict.reason}`);
}

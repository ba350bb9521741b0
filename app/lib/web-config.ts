import { engineConfigFromEnv, parseEnv, type EngineConfig } from '../../search/index';

/**
 * The engine the web app reads, from an environment. Throws a `ConfigError` naming the bad
 * variable; `instrumentation.ts` calls it when the server starts so a bad value stops it there.
 */
export function webEngineConfig(env: Record<string, string | undefined>): EngineConfig {
  return engineConfigFromEnv(parseEnv(env), 'reader');
}

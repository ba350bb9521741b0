import { z } from 'zod';
import { indexUidSchema } from './index-uid';
import { formatZodIssues } from './zod-issues';

/** Which engine to open and how. Library code takes this object; only entry points read env. */
export type EngineConfig =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'meilisearch'; url: string; apiKey: string; indexUid: string };

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_INDEX_UID = 'paragraphs';

const optionalNonEmpty = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** The environment variables Paragraphe reads (documented in `.env.example`). */
export const envSchema = z.object({
  PARAGRAPHE_DATA: optionalNonEmpty,
  MEILI_URL: optionalNonEmpty.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Admin-level key: the indexer only. */
  MEILI_ADMIN_KEY: optionalNonEmpty,
  /** Search-only key: the web app. */
  MEILI_SEARCH_KEY: optionalNonEmpty,
  MEILI_INDEX: optionalNonEmpty.pipe(indexUidSchema.optional()),
});
export type Env = z.infer<typeof envSchema>;

/** A bad environment variable or a missing one; the message names it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment once; a bad value stops at once with a message naming it. */
export function parseEnv(env: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid environment: ${formatZodIssues(parsed.error, { rootName: 'environment' }).join('; ')}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** The engine a process should use: Meilisearch when `MEILI_URL` is set, else the embedded one. */
export function engineConfigFromEnv(
  env: Env,
  role: 'indexer' | 'reader',
  overrides: { dataDir?: string; engine?: 'embedded' | 'meilisearch' } = {},
): EngineConfig {
  const kind = overrides.engine ?? (env.MEILI_URL ? 'meilisearch' : 'embedded');
  if (kind === 'embedded') {
    return { kind, dataDir: overrides.dataDir ?? env.PARAGRAPHE_DATA ?? DEFAULT_DATA_DIR };
  }
  if (!env.MEILI_URL) throw new ConfigError('MEILI_URL is required for the meilisearch engine');
  const keyName = role === 'indexer' ? 'MEILI_ADMIN_KEY' : 'MEILI_SEARCH_KEY';
  const apiKey = role === 'indexer' ? env.MEILI_ADMIN_KEY : env.MEILI_SEARCH_KEY;
  if (!apiKey) throw new ConfigError(`${keyName} is required when MEILI_URL is set`);
  return { kind, url: env.MEILI_URL, apiKey, indexUid: env.MEILI_INDEX ?? DEFAULT_INDEX_UID };
}

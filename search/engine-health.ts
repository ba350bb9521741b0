import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EngineConfig } from './config';

/** The embedded store's file name (`embedded/schema.ts` opens it). */
export const EMBEDDED_STORE_FILE = 'paragraphe.sqlite';

const HEALTH_TIMEOUT_MS = 1_000;

/**
 * A cheap check, fit for every page request: is there something to serve? The embedded store
 * exists; Meilisearch answers `/health`. A deeper failure still shows when a search runs.
 */
export async function isEngineServing(config: EngineConfig): Promise<boolean> {
  if (config.kind === 'embedded') return existsSync(path.join(config.dataDir, EMBEDDED_STORE_FILE));
  try {
    const response = await fetch(new URL('/health', config.url), { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    return response.ok;
  } catch {
    return false;
  }
}

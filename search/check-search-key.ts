import type { EngineConfig } from './config';
import type { SearchKeyVerdict } from './meilisearch/search-key-check';

export type { SearchKeyVerdict };

/**
 * What the key a reader holds may do: `search-only` for the embedded engine (it has no key);
 * for Meilisearch, the server is asked (a web app must not hold an admin or master key).
 */
export async function checkReaderKey(config: EngineConfig): Promise<SearchKeyVerdict> {
  if (config.kind === 'embedded') return { kind: 'search-only' };
  const { checkSearchKey } = await import('./meilisearch/search-key-check');
  return checkSearchKey({ url: config.url, apiKey: config.apiKey });
}

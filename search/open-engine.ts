import type { EngineConfig } from './config';
import type { SearchEngine } from './engine';

/** Opens the configured adapter; each is loaded only when used. */
export async function openSearchEngine(
  config: EngineConfig,
  options: { readonly: boolean },
): Promise<SearchEngine> {
  if (config.kind === 'embedded') {
    const { openEmbeddedEngine } = await import('./embedded/index');
    return openEmbeddedEngine({ dataDir: config.dataDir, readonly: options.readonly });
  }
  const { openMeilisearchEngine } = await import('./meilisearch/index');
  return openMeilisearchEngine({ url: config.url, apiKey: config.apiKey, indexUid: config.indexUid });
}

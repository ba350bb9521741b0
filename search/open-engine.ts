import type { EngineConfig } from './config';
import type { SearchStageTimes } from './embedded/searcher';
import type { SearchEngine } from './engine';

/** How a process uses the engine. */
export interface OpenEngineOptions {
  /** Readers (the web app, the CLI) never write; an embedded reader also never creates a store. */
  readonly: boolean;
  /**
   * A writer that will rebuild the whole index (`--full`): a damaged embedded store does not stop
   * it; it reads as empty and the rebuild replaces it. Without it, a damaged store is refused.
   */
  rebuild?: boolean;
  /** Called after each embedded search with the time spent per stage, in ms (benchmarks). */
  onStageTimes?: (times: SearchStageTimes) => void;
}

/**
 * Opens the configured adapter; each is loaded only when used.
 *
 * @throws IndexMissingError when an embedded reader finds no store (run the indexer).
 * @throws EngineUnavailableError when the store cannot be opened.
 */
export async function openSearchEngine(config: EngineConfig, options: OpenEngineOptions): Promise<SearchEngine> {
  if (config.kind === 'embedded') {
    const { openEmbeddedEngine } = await import('./embedded/index');
    return openEmbeddedEngine({
      dataDir: config.dataDir,
      readonly: options.readonly,
      rebuild: options.rebuild,
      onStageTimes: options.onStageTimes,
    });
  }
  const { openMeilisearchEngine } = await import('./meilisearch/index');
  return openMeilisearchEngine({ url: config.url, apiKey: config.apiKey, indexUid: config.indexUid });
}

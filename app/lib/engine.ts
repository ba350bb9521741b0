import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { engineConfigFromEnv, parseEnv, type EngineConfig } from '../../search/config';
import type { SearchEngine } from '../../search/engine';
import { openSearchEngine } from '../../search/open-engine';
import type { Article, Paragraph } from '../../search/types';
import { toSearchResponse } from './search-response';
import type { SearchResponse } from './api-types';
import { ENGINE_DOWN_MESSAGE, INDEX_MISSING_MESSAGE } from './messages';
import { toSearchQuery } from './search-request';
import type { SearchState } from './url-state';

/** The engine could not be reached or opened; pages show a French message and a retry. */
export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}

/** The embedded store has not been built yet (the indexer has not run on PARAGRAPHE_DATA). */
export class StoreMissingError extends EngineUnavailableError {
  override name = 'StoreMissingError';
}

/** The French message shown for an unavailable engine. */
export function unavailableMessage(error: EngineUnavailableError): string {
  return error instanceof StoreMissingError ? INDEX_MISSING_MESSAGE : ENGINE_DOWN_MESSAGE;
}

// Route handlers and pages may be bundled separately: keep one engine per process on globalThis.
const SLOT = Symbol.for('paragraphe.web.engine');
type Slot = { config?: EngineConfig; engine?: Promise<SearchEngine> };
const slot = ((globalThis as Record<symbol, unknown>)[SLOT] ??= {}) as Slot;

/** The environment, parsed once; a ConfigError names the bad variable (logged by getEngine). */
function readConfig(): EngineConfig {
  slot.config ??= engineConfigFromEnv(parseEnv(process.env), 'reader');
  return slot.config;
}

async function openEngine(): Promise<SearchEngine> {
  const config = readConfig();
  if (config.kind === 'embedded') {
    // The adapter would create an empty store; a reader should say the index is missing instead.
    const { DATABASE_FILE } = await import('../../search/embedded/index');
    const file = path.resolve(config.dataDir, DATABASE_FILE);
    if (!existsSync(file)) throw new StoreMissingError(`no index at ${file}`);
  }
  return openSearchEngine(config, { readonly: true });
}

/** Opens the engine once per process, read-only; a failed open is retried on the next call. */
export function getEngine(): Promise<SearchEngine> {
  slot.engine ??= openEngine().catch((error: unknown) => {
    slot.engine = undefined;
    console.error('[paragraphe] search engine unavailable:', error);
    if (error instanceof StoreMissingError) throw error;
    throw new EngineUnavailableError('search engine unavailable', { cause: error });
  });
  return slot.engine;
}

async function withEngine<T>(run: (engine: SearchEngine) => Promise<T>): Promise<T> {
  const engine = await getEngine();
  try {
    return await run(engine);
  } catch (error) {
    console.error('[paragraphe] search engine call failed:', error);
    throw new EngineUnavailableError('search engine call failed', { cause: error });
  }
}

export function searchParagraphs(state: SearchState): Promise<SearchResponse> {
  return withEngine(async (engine) =>
    toSearchResponse(await engine.search(toSearchQuery(state)), state.page),
  );
}

/** Per-request memo: metadata and page read the same article once. */
export const findArticle = cache(
  (id: string): Promise<Article | null> => withEngine((engine) => engine.getArticle(id)),
);

export const findParagraph = cache(
  (id: string): Promise<Paragraph | null> => withEngine((engine) => engine.getParagraph(id)),
);

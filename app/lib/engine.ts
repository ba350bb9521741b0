import 'server-only';
import { cache } from 'react';
import {
  EngineUnavailableError,
  openSearchEngine,
  type Article,
  type FormerParagraph,
  type MatchSummary,
  type Paragraph,
  type SearchEngine,
  type StreamedHit,
} from '../../search/index';
import { startIteration } from './export-stream';
import type { SearchResponse } from './api-types';
import { toMatchQuery, toSearchQuery } from './search-request';
import { admitSearch } from './search-lanes';
import { toSearchResponse } from './search-response';
import type { SearchState } from './url-state';
import { webEngineConfig } from './web-config';

// Route handlers and pages may be bundled separately: keep one engine per process on globalThis.
const SLOT = Symbol.for('paragraphe.web.engine');
type Slot = { engine?: Promise<SearchEngine> };
const slot = ((globalThis as Record<symbol, unknown>)[SLOT] ??= {}) as Slot;

async function openEngine(): Promise<SearchEngine> {
  return openSearchEngine(webEngineConfig(process.env), { readonly: true });
}

/**
 * Opens the engine once per process, read-only; a failed open is retried on the next call.
 * The adapter's own errors (`IndexMissingError`, `EngineUnavailableError`) pass through.
 */
export function getEngine(): Promise<SearchEngine> {
  slot.engine ??= openEngine().catch((error: unknown) => {
    slot.engine = undefined;
    throw error;
  });
  return slot.engine;
}

/**
 * Runs `call` on the engine. An engine that cannot serve (a damaged or vanished store) is closed
 * and forgotten, so the next request opens the store afresh: a rebuilt index is served without a
 * restart. (The embedded engine also reopens by itself when its file is replaced.)
 */
export async function withEngine<T>(call: (engine: SearchEngine) => Promise<T>): Promise<T> {
  const opened = getEngine();
  const engine = await opened;
  try {
    return await call(engine);
  } catch (error) {
    if (error instanceof EngineUnavailableError && slot.engine === opened) {
      slot.engine = undefined;
      await engine.close().catch(() => undefined);
    }
    throw error;
  }
}

export async function searchParagraphs(state: SearchState): Promise<SearchResponse> {
  const result = await admitSearch(state, () => withEngine((engine) => engine.search(toSearchQuery(state))));
  return toSearchResponse(result, state.page);
}

/** Per-request memo: metadata and page read the same article once. */
export const findArticle = cache(
  async (id: string): Promise<Article | null> => withEngine((engine) => engine.getArticle(id)),
);

export const findParagraph = cache(
  async (id: string): Promise<Paragraph | null> => withEngine((engine) => engine.getParagraph(id)),
);

export const findFormerParagraph = cache(
  async (id: string): Promise<FormerParagraph | null> => withEngine((engine) => engine.resolveFormerParagraph(id)),
);

/** Every hit of a search (no page), started: a refused query or a down engine throws here. */
export async function streamSearchHits(state: SearchState): Promise<AsyncIterable<StreamedHit>> {
  return withEngine((engine) => startIteration(engine.streamHits(toMatchQuery(state))));
}

/** Counts within the whole match set of a search (entity pages). */
export async function summarizeSearch(state: SearchState): Promise<MatchSummary> {
  return withEngine((engine) => engine.summarizeMatches(toMatchQuery(state)));
}

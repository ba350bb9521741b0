import { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import type { SearchEngine } from '../engine';
import { indexUidSchema } from '../index-uid';
import { formatZodIssues } from '../zod-issues';
import { MeilisearchEngine } from './meilisearch-engine';
import { MeilisearchEngineError } from './errors';

/** Options of {@link openMeilisearchEngine}. */
export interface MeilisearchEngineOptions {
  /** Base URL, e.g. `http://meilisearch:7700` or a Meilisearch Cloud project URL. */
  url: string;
  /** Admin-level key for the indexer, search-only key for readers. Never the master key. */
  apiKey: string;
  /** Serving index uid (`MEILI_INDEX`, default `paragraphs`). */
  indexUid: string;
  /** HTTP timeout of reads in ms (default 15 s): a stuck server must not hang the web app. */
  requestTimeoutMs?: number;
}

const optionsSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  apiKey: z.string().min(1),
  indexUid: indexUidSchema,
  requestTimeoutMs: z.number().int().positive().optional(),
});

const WRITE_REQUEST_TIMEOUT_MS = 5 * 60_000;

/**
 * Opens the production adapter on a Meilisearch server through the official client. Reads use
 * only the `search` action (so a search-only key is enough); writes need an admin-level key
 * restricted to `<indexUid>*`. A full re-index is built in staging indexes and swapped in
 * atomically at commit; an incremental write updates the serving index in place.
 */
export async function openMeilisearchEngine(options: MeilisearchEngineOptions): Promise<SearchEngine> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new MeilisearchEngineError(`invalid Meilisearch options: ${formatZodIssues(parsed.error, { rootName: 'options' }).join('; ')}`, {
      cause: parsed.error,
    });
  }
  const { url, apiKey, indexUid, requestTimeoutMs = 15_000 } = parsed.data;
  const client = new Meilisearch({ host: url, apiKey, timeout: requestTimeoutMs });
  // Uploading a 50 MB batch to a remote (Cloud) server can take longer than a search may.
  const writeClient = new Meilisearch({ host: url, apiKey, timeout: WRITE_REQUEST_TIMEOUT_MS });
  return new MeilisearchEngine(client, writeClient, indexUid);
}

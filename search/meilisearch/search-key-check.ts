import { Meilisearch, type Key } from 'meilisearch';
import { apiErrorCode } from './errors';

/** What the web app's key may do, as far as the server tells. */
export type SearchKeyVerdict =
  | { kind: 'search-only' }
  /** The key can do more than search (admin or master key): the web app must not hold it. */
  | { kind: 'too-powerful'; reason: string }
  /** The server could not tell (unreachable, unprotected): start, but say so. */
  | { kind: 'unknown'; reason: string };

/** What asking the server for the key's own description gave. */
export type KeyProbe = { key: Pick<Key, 'actions'> } | { errorCode: string | null; message: string };

/** True when every action the key grants is `search`. */
export function isSearchOnlyKey(key: Pick<Key, 'actions'>): boolean {
  return key.actions.length > 0 && key.actions.every((action) => action === 'search');
}

/**
 * Judges a key from the answer to `GET /keys/<the key itself>`. A search-only key is refused
 * that route (`invalid_api_key`); a key that may read keys is already more than a search key; the
 * master key reads keys but is not among them (`api_key_not_found`).
 */
export function judgeSearchKey(probe: KeyProbe): SearchKeyVerdict {
  if ('key' in probe) {
    if (isSearchOnlyKey(probe.key)) return { kind: 'search-only' };
    return { kind: 'too-powerful', reason: `it grants ${probe.key.actions.join(', ')}` };
  }
  switch (probe.errorCode) {
    case 'invalid_api_key':
      return { kind: 'search-only' };
    case 'api_key_not_found':
      return { kind: 'too-powerful', reason: 'it can manage keys (the master key)' };
    case 'missing_master_key':
      return { kind: 'unknown', reason: 'the server runs without a master key: anyone can write to it' };
    default:
      return { kind: 'unknown', reason: `the server did not say (${probe.message})` };
  }
}

/** Asks the server what `apiKey` may do. */
export async function checkSearchKey(options: { url: string; apiKey: string }): Promise<SearchKeyVerdict> {
  const client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: 5_000 });
  let probe: KeyProbe;
  try {
    probe = { key: await client.getKey(options.apiKey) };
  } catch (error) {
    probe = { errorCode: apiErrorCode(error), message: error instanceof Error ? error.message : String(error) };
  }
  return judgeSearchKey(probe);
}

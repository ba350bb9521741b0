import { createHmac } from 'node:crypto';
import type { Key, KeyCreation, Meilisearch } from 'meilisearch';
import { apiErrorCode, MeilisearchEngineError, toEngineError } from './errors';
import { liveIndexes } from './index-names';

/*
 * API keys of a self-hosted deployment. Only the one-shot `keys` job holds the master key: it
 * creates (or finds) two keys with fixed uids and hands each to one container. Meilisearch
 * derives a key's value from its uid and the master key (HMAC-SHA256), so the same master key
 * always yields the same values and re-running the job is idempotent.
 */

/** Fixed uids (UUID v4) of Paragraphe's keys. */
export const INDEXER_KEY_UID = '7e3fead2-ea08-4e62-a70b-13dcda7904eb';
export const SEARCH_KEY_UID = 'fc52dfa4-d479-4fec-8fe3-66e7d2cfa9f7';

/** What the indexer does: documents, index lifecycle and swap, settings, task polling. */
const INDEXER_ACTIONS = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.update',
  'indexes.delete',
  'indexes.swap',
  'settings.get',
  'settings.update',
  'tasks.get',
];

export class KeySetupError extends MeilisearchEngineError {
  override name = 'KeySetupError';
}

/** Admin-level key of the indexer, limited to the serving index and its companions/staging. */
export function indexerKeySpec(indexUid: string): KeyCreation {
  return {
    uid: INDEXER_KEY_UID,
    name: 'paragraphe-indexer',
    description: `Paragraphe indexer: writes ${indexUid}* (staging, fingerprints, swap)`,
    actions: [...INDEXER_ACTIONS],
    indexes: [`${indexUid}*`],
    expiresAt: null,
  };
}

/** The indexes the web app reads: the serving paragraphs and their articles' metadata. */
function servingIndexes(indexUid: string): string[] {
  const live = liveIndexes(indexUid);
  return [live.paragraphs, live.articles];
}

/** Search-only key of the web app, limited to the serving index and its articles. */
export function searchKeySpec(indexUid: string): KeyCreation {
  return {
    uid: SEARCH_KEY_UID,
    name: 'paragraphe-search',
    description: `Paragraphe web app: search on ${servingIndexes(indexUid).join(' and ')} only`,
    actions: ['search'],
    indexes: servingIndexes(indexUid),
    expiresAt: null,
  };
}

/** The value Meilisearch gives the key with this uid (its documented derivation). */
export function deriveKeyValue(masterKey: string, uid: string): string {
  return createHmac('sha256', masterKey).update(uid, 'utf8').digest('hex');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** True when the key grants exactly what the spec says: no more actions, no more indexes. */
export function keyMatchesSpec(key: Pick<Key, 'actions' | 'indexes'>, spec: KeyCreation): boolean {
  return sameSet(key.actions, spec.actions) && sameSet(key.indexes, spec.indexes);
}

/**
 * Finds the key with the spec's uid or creates it. A key whose rights drifted is deleted and
 * created again (same uid, hence same value): its rights are only ever what the spec says.
 */
export async function ensureKey(client: Meilisearch, spec: KeyCreation): Promise<string> {
  const uid = spec.uid;
  if (!uid) throw new KeySetupError('a managed key needs a fixed uid');
  let existing: Key | null = null;
  try {
    existing = await client.getKey(uid);
  } catch (error) {
    if (apiErrorCode(error) !== 'api_key_not_found') throw toEngineError(error, `looking up key ${spec.name}`);
  }
  try {
    if (existing && keyMatchesSpec(existing, spec)) return existing.key;
    if (existing) await client.deleteKey(uid);
    const created = await client.createKey(spec);
    if (!keyMatchesSpec(created, spec)) {
      throw new KeySetupError(`key ${spec.name} was created with other rights than requested`);
    }
    return created.key;
  } catch (error) {
    throw toEngineError(error, `creating key ${spec.name}`);
  }
}

/** Both keys of a deployment; the master key itself is never among the values returned. */
export async function ensureDeploymentKeys(
  client: Meilisearch,
  indexUid: string,
  masterKey: string,
): Promise<{ indexerKey: string; searchKey: string }> {
  const indexerKey = await ensureKey(client, indexerKeySpec(indexUid));
  const searchKey = await ensureKey(client, searchKeySpec(indexUid));
  if (indexerKey === masterKey || searchKey === masterKey || indexerKey === searchKey) {
    throw new KeySetupError('refusing to hand out the master key or one key for two roles');
  }
  return { indexerKey, searchKey };
}

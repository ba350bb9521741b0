import { MeilisearchApiError, type Key, type KeyCreation, type Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import {
  deriveKeyValue,
  ensureDeploymentKeys,
  ensureKey,
  indexerKeySpec,
  keyMatchesSpec,
  searchKeySpec,
  SEARCH_KEY_UID,
  INDEXER_KEY_UID,
} from './keys';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('key specs', () => {
  it('give the web app the search action on the serving index and its articles only', () => {
    const spec = searchKeySpec('paragraphs');
    expect(spec.actions).toEqual(['search']);
    expect(spec.indexes).toEqual(['paragraphs', 'paragraphs-articles']);
    expect(spec.expiresAt).toBeNull();
  });

  it('give the indexer what a swap needs, on its own indexes, and no key management', () => {
    const spec = indexerKeySpec('paragraphs');
    expect(spec.indexes).toEqual(['paragraphs*']);
    expect(spec.actions).toEqual(expect.arrayContaining(['documents.add', 'documents.delete', 'indexes.swap', 'settings.update', 'tasks.get']));
    expect(spec.actions.some((a) => a.startsWith('keys') || a === '*')).toBe(false);
    expect(keyMatchesSpec(spec, searchKeySpec('paragraphs'))).toBe(false);
  });

  it('use fixed, distinct UUID v4 uids (deterministic key values)', () => {
    expect(INDEXER_KEY_UID).toMatch(UUID_V4);
    expect(SEARCH_KEY_UID).toMatch(UUID_V4);
    expect(INDEXER_KEY_UID).not.toBe(SEARCH_KEY_UID);
  });

  it('reject a key with more rights than its spec', () => {
    const spec = searchKeySpec('paragraphs');
    expect(keyMatchesSpec({ actions: ['search', 'documents.get'], indexes: ['paragraphs'] }, spec)).toBe(false);
    expect(keyMatchesSpec({ actions: ['search'], indexes: ['*'] }, spec)).toBe(false);
    expect(keyMatchesSpec({ actions: ['*'], indexes: spec.indexes }, spec)).toBe(false);
  });
});

describe('deriveKeyValue', () => {
  it('matches the documented derivation (HMAC-SHA256 of the uid keyed by the master key)', () => {
    // Vector from the `preshot discover-keys` example, computed independently of this code.
    expect(deriveKeyValue('masterKey', 'd7d30ffe-ec60-484f-84f8-1c8b7d0ac352')).toBe(
      '623359df9ea4d4a6c676c329c793191601ce7dd15541c2394277eae26aeedf1e',
    );
  });
});

/** Records calls on the three key routes; a stand-in for the client object, not for a server. */
function keyClient(existing: Map<string, Key>, master: string) {
  const calls: string[] = [];
  const toKey = (spec: KeyCreation): Key => ({
    uid: spec.uid!,
    key: deriveKeyValue(master, spec.uid!),
    name: spec.name ?? null,
    description: spec.description ?? '',
    actions: spec.actions,
    indexes: spec.indexes,
    expiresAt: new Date(0),
    createdAt: new Date(0),
    updatedAt: new Date(0),
  });
  const client = {
    async getKey(uid: string) {
      calls.push(`get ${uid}`);
      const key = existing.get(uid);
      if (!key) {
        throw new MeilisearchApiError(new Response(null, { status: 404 }), {
          code: 'api_key_not_found',
          message: 'not found',
          type: 'invalid_request',
          link: '',
        });
      }
      return key;
    },
    async createKey(spec: KeyCreation) {
      calls.push(`create ${spec.uid}`);
      const key = toKey(spec);
      existing.set(spec.uid!, key);
      return key;
    },
    async deleteKey(uid: string) {
      calls.push(`delete ${uid}`);
      existing.delete(uid);
    },
  };
  return { client: client as unknown as Meilisearch, calls, toKey };
}

describe('ensureKey', () => {
  it('creates a missing key and returns its value', async () => {
    const { client, calls } = keyClient(new Map(), 'm'.repeat(32));
    const value = await ensureKey(client, searchKeySpec('paragraphs'));
    expect(value).toBe(deriveKeyValue('m'.repeat(32), SEARCH_KEY_UID));
    expect(calls).toEqual([`get ${SEARCH_KEY_UID}`, `create ${SEARCH_KEY_UID}`]);
  });

  it('looks up an existing key without touching it', async () => {
    const keys = new Map<string, Key>();
    const { client, calls, toKey } = keyClient(keys, 'm'.repeat(32));
    keys.set(SEARCH_KEY_UID, toKey(searchKeySpec('paragraphs')));
    await ensureKey(client, searchKeySpec('paragraphs'));
    expect(calls).toEqual([`get ${SEARCH_KEY_UID}`]);
  });

  it('recreates a key whose rights drifted', async () => {
    const keys = new Map<string, Key>();
    const { client, calls, toKey } = keyClient(keys, 'm'.repeat(32));
    keys.set(SEARCH_KEY_UID, toKey({ ...searchKeySpec('paragraphs'), indexes: ['*'] }));
    await ensureKey(client, searchKeySpec('paragraphs'));
    expect(calls).toEqual([`get ${SEARCH_KEY_UID}`, `delete ${SEARCH_KEY_UID}`, `create ${SEARCH_KEY_UID}`]);
    expect(keys.get(SEARCH_KEY_UID)?.indexes).toEqual(['paragraphs', 'paragraphs-articles']);
  });

  it('hands out two distinct keys, neither of them the master key', async () => {
    const master = 'canary-master-key-0123456789';
    const { client } = keyClient(new Map(), master);
    const { indexerKey, searchKey } = await ensureDeploymentKeys(client, 'paragraphs', master);
    expect(indexerKey).not.toBe(searchKey);
    expect([indexerKey, searchKey]).not.toContain(master);
    expect(indexerKey).not.toContain(master);
  });
});

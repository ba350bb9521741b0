import { describe, expect, it } from 'vitest';
import { searchKeySpec, indexerKeySpec } from './keys';
import { isSearchOnlyKey, judgeSearchKey } from './search-key-check';

describe('judging the web app key', () => {
  it('accepts the deployment search key and refuses the indexer key by their descriptions', () => {
    expect(isSearchOnlyKey({ actions: [...searchKeySpec('paragraphs').actions] })).toBe(true);
    expect(isSearchOnlyKey({ actions: [...indexerKeySpec('paragraphs').actions] })).toBe(false);
    expect(isSearchOnlyKey({ actions: ['*'] })).toBe(false);
    expect(isSearchOnlyKey({ actions: [] })).toBe(false);
    expect(judgeSearchKey({ key: { actions: ['search', 'documents.add'] } })).toEqual({
      kind: 'too-powerful',
      reason: 'it grants search, documents.add',
    });
  });

  it('reads the server refusing to describe the key as a search-only key, and the master key as too powerful', () => {
    expect(judgeSearchKey({ errorCode: 'invalid_api_key', message: 'forbidden' })).toEqual({ kind: 'search-only' });
    expect(judgeSearchKey({ errorCode: 'api_key_not_found', message: 'not found' }).kind).toBe('too-powerful');
  });

  it('cannot tell for an unprotected or unreachable server', () => {
    expect(judgeSearchKey({ errorCode: 'missing_master_key', message: 'no master key' }).kind).toBe('unknown');
    expect(judgeSearchKey({ errorCode: null, message: 'fetch failed' })).toEqual({
      kind: 'unknown',
      reason: 'the server did not say (fetch failed)',
    });
  });
});

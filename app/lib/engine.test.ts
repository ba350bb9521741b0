import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConfigError,
  EngineUnavailableError,
  IndexMissingError,
  LIMITS,
  toSearchJson,
  type SearchEngine,
} from '../../search/index';
import { forgetEngine, RESULT, stubEngine } from './testing/stub-engine';

import type * as SearchModule from '../../search/index';

vi.mock('server-only', () => ({}));
const openSearchEngine = vi.fn<(config: unknown, options: { readonly: boolean }) => Promise<SearchEngine>>();
vi.mock('../../search/index', async (importOriginal) => ({
  ...(await importOriginal<typeof SearchModule>()),
  openSearchEngine: (config: unknown, options: { readonly: boolean }) => openSearchEngine(config, options),
}));

const { searchParagraphs } = await import('./engine');
const STATE = { q: 'maroc', filters: { persons: [], countries: ['MA'], date: [] }, page: 1 };

describe('server engine module', () => {
  beforeEach(() => {
    openSearchEngine.mockReset();
    forgetEngine();
    vi.stubEnv('PARAGRAPHE_DATA', '/srv/paragraphe');
    vi.stubEnv('MEILI_URL', '');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('opens the engine once, read-only, on the configured store', async () => {
    const engine = stubEngine();
    openSearchEngine.mockResolvedValue(engine);
    const first = await searchParagraphs(STATE);
    await searchParagraphs(STATE);
    expect(openSearchEngine).toHaveBeenCalledTimes(1);
    expect(openSearchEngine).toHaveBeenCalledWith({ kind: 'embedded', dataDir: '/srv/paragraphe' }, { readonly: true });
    expect(engine.search).toHaveBeenCalledWith({
      q: 'maroc',
      filters: { persons: [], countries: ['MA'], date: [] },
      page: 1,
      hitsPerPage: LIMITS.defaultHitsPerPage,
    });
    expect(first).toEqual({
      ...toSearchJson(RESULT),
      page: 1,
      hits_per_page: LIMITS.defaultHitsPerPage,
      labels: { countries: { MA: 'Maroc' } },
    });
  });

  it('passes the adapter’s errors through and retries a failed open on the next call', async () => {
    const missing = new IndexMissingError('no index in /srv/paragraphe');
    openSearchEngine.mockRejectedValueOnce(missing);
    await expect(searchParagraphs(STATE)).rejects.toBe(missing);

    openSearchEngine.mockResolvedValueOnce(stubEngine());
    await expect(searchParagraphs(STATE)).resolves.toMatchObject({ total: 1 });
    expect(openSearchEngine).toHaveBeenCalledTimes(2);
  });

  it('closes an engine that cannot serve and opens the store afresh on the next call', async () => {
    const damaged = new EngineUnavailableError('database disk image is malformed');
    const broken = stubEngine({ search: () => Promise.reject(damaged), close: vi.fn(() => Promise.resolve()) });
    openSearchEngine.mockResolvedValueOnce(broken).mockResolvedValueOnce(stubEngine());
    await expect(searchParagraphs(STATE)).rejects.toBe(damaged);
    expect(broken.close).toHaveBeenCalledTimes(1);
    await expect(searchParagraphs(STATE)).resolves.toMatchObject({ total: 1 });
    expect(openSearchEngine).toHaveBeenCalledTimes(2);
  });

  it('refuses a bad environment with the variable’s name, without opening anything', async () => {
    vi.stubEnv('MEILI_URL', 'not-a-url');
    const error = await searchParagraphs(STATE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/MEILI_URL/);
    expect(openSearchEngine).not.toHaveBeenCalled();
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchEngine } from '../../search/engine';
import type { SearchResult } from '../../search/types';

vi.mock('server-only', () => ({}));
const openSearchEngine = vi.fn<(config: unknown, options: { readonly: boolean }) => Promise<SearchEngine>>();
vi.mock('../../search/open-engine', () => ({
  openSearchEngine: (config: unknown, options: { readonly: boolean }) => openSearchEngine(config, options),
}));

const RESULT: SearchResult = {
  total: 1,
  hits: [
    {
      id: 'a-1',
      article: 'a',
      position: 1,
      section: null,
      text: 'Au Maroc',
      highlight: 'Au <mark>Maroc</mark>',
      date: '2021-11',
      persons: [],
      countries: ['MA'],
      title: 'Titre',
      source: null,
      sourceUrl: null,
      url: '/p/a-1',
    },
  ],
  facets: { persons: {}, countries: { MA: 1 }, date: { '2021': 1, '2021-11': 1 } },
  took_ms: 2,
};

const fakeEngine = (search: SearchEngine['search']) => ({ search }) as unknown as SearchEngine;
const SLOT = Symbol.for('paragraphe.web.engine');
let storeDir = '';
const tempDirs: string[] = [];
const makeTempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};

describe('server engine module', () => {
  beforeEach(() => {
    openSearchEngine.mockReset();
    // Each test sets its own environment: forget the engine and the parsed config.
    const slot = (globalThis as Record<symbol, { engine?: unknown; config?: unknown } | undefined>)[SLOT];
    delete slot?.engine;
    delete slot?.config;
    // A store with an index file: the module checks it exists before opening.
    const store = makeTempDir('paragraphe-web-store-');
    writeFileSync(path.join(store, 'paragraphe.sqlite'), '');
    storeDir = store;
    vi.stubEnv('PARAGRAPHE_DATA', store);
    vi.stubEnv('MEILI_URL', '');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the engine once, read-only, on the configured store', async () => {
    const search = vi.fn<SearchEngine['search']>().mockResolvedValue(RESULT);
    openSearchEngine.mockResolvedValue(fakeEngine(search));
    const { searchParagraphs } = await import('./engine');
    const state = { q: 'maroc', persons: [], countries: ['MA'], dates: [], page: 1 };
    const first = await searchParagraphs(state);
    await searchParagraphs(state);
    expect(openSearchEngine).toHaveBeenCalledTimes(1);
    expect(openSearchEngine).toHaveBeenCalledWith(
      { kind: 'embedded', dataDir: storeDir },
      { readonly: true },
    );
    expect(search).toHaveBeenCalledWith({
      q: 'maroc',
      filters: { persons: [], countries: ['MA'], dates: [] },
      page: 1,
      hitsPerPage: 10,
    });
    expect(first.hits[0]).toMatchObject({ id: 'a-1', highlight: 'Au <mark>Maroc</mark>', url: '/p/a-1' });
    expect(first.labels.countries).toEqual({ MA: 'Maroc' });
  });

  it('reports a store that cannot be opened as unavailable, and retries on the next call', async () => {
    openSearchEngine.mockRejectedValueOnce(new Error('disk I/O error'));
    const { searchParagraphs, EngineUnavailableError } = await import('./engine');
    const state = { q: '', persons: [], countries: [], dates: [], page: 1 };
    const error = await searchParagraphs(state).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(Error);

    openSearchEngine.mockResolvedValueOnce(fakeEngine(async () => RESULT));
    await expect(searchParagraphs(state)).resolves.toMatchObject({ total: 1 });
    expect(openSearchEngine).toHaveBeenCalledTimes(2);
  });

  it('says the index is missing instead of opening an empty store', async () => {
    vi.stubEnv('PARAGRAPHE_DATA', makeTempDir('paragraphe-web-empty-'));
    const { searchParagraphs, StoreMissingError, unavailableMessage } = await import('./engine');
    const error = await searchParagraphs({ q: '', persons: [], countries: [], dates: [], page: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreMissingError);
    expect(unavailableMessage(error as InstanceType<typeof StoreMissingError>)).toMatch(/indexation/);
    expect(openSearchEngine).not.toHaveBeenCalled();
  });

  it('turns a failing engine call into EngineUnavailableError', async () => {
    openSearchEngine.mockResolvedValue(fakeEngine(async () => Promise.reject(new Error('SQLITE_CORRUPT'))));
    const { searchParagraphs, EngineUnavailableError } = await import('./engine');
    await expect(searchParagraphs({ q: 'x', persons: [], countries: [], dates: [], page: 1 })).rejects.toBeInstanceOf(
      EngineUnavailableError,
    );
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EngineUnavailableError,
  IndexMissingError,
  InvalidQueryError,
  QueryTooExpensiveError,
  toSearchJson,
  type SearchEngine,
} from '../../../search/index';
import {
  ENGINE_DOWN_MESSAGE,
  INDEX_MISSING_MESSAGE,
  INTERNAL_ERROR_MESSAGE,
  QUERY_TOO_EXPENSIVE_MESSAGE,
} from '../../lib/messages';
import { forgetEngine, RESULT, stubEngine } from '../../lib/testing/stub-engine';

import type * as SearchModule from '../../../search/index';

vi.mock('server-only', () => ({}));
const openSearchEngine = vi.fn<() => Promise<SearchEngine>>();
vi.mock('../../../search/index', async (importOriginal) => ({
  ...(await importOriginal<typeof SearchModule>()),
  openSearchEngine: () => openSearchEngine(),
}));

const { GET } = await import('./route');

const get = (query: string) => GET(new Request(`http://127.0.0.1/api/search${query}`));
const body = async (response: Response) => (await response.json()) as Record<string, unknown>;
const failingSearch = (error: unknown) => stubEngine({ search: () => Promise.reject(error) });

describe('GET /api/search', () => {
  let engine: SearchEngine;
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});

  beforeEach(() => {
    forgetEngine();
    engine = stubEngine();
    openSearchEngine.mockReset();
    openSearchEngine.mockImplementation(async () => engine);
    consoleError.mockClear();
    vi.stubEnv('MEILI_URL', '');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('passes validated filters, keyed by facet, to the engine', async () => {
    const response = await get('?q=Gantz&person=Benny+Gantz&country=ma&utm=1');
    expect(response.status).toBe(200);
    expect(engine.search).toHaveBeenCalledWith(
      expect.objectContaining({ q: 'Gantz', filters: { persons: ['Benny Gantz'], countries: ['MA'], date: [] } }),
    );
  });

  it('answers with the search module’s JSON for the engine’s result, plus paging and labels', async () => {
    const json = await body(await get('?q=maroc'));
    const expected = JSON.parse(JSON.stringify(toSearchJson(RESULT))) as ReturnType<typeof toSearchJson>;
    expect(json.hits).toEqual(expected.hits);
    expect(json).toEqual({ ...expected, page: 1, hits_per_page: 10, labels: { countries: { MA: 'Maroc' } } });
  });

  it('answers 400 with a JSON error and never calls the engine for hostile input', async () => {
    for (const query of ['?person=a%22%20OR%201%3D1', '?page=1e9', `?q=${'x'.repeat(500)}`, '?country=M%27A']) {
      const response = await get(query);
      expect(response.status).toBe(400);
      const json = await body(response);
      expect(json.error).toBe('invalid_request');
      expect(json.message).not.toBe('');
    }
    expect(openSearchEngine).not.toHaveBeenCalled();
  });

  it('answers 400 when the engine refuses the query', async () => {
    engine = failingSearch(new InvalidQueryError('too many words'));
    const response = await get('?q=maroc');
    expect(response.status).toBe(400);
    expect(await body(response)).toEqual({
      error: 'invalid_request',
      message: expect.stringMatching(/^Les paramètres .*too many words/i),
    });
  });

  it('answers 503 with a French message when the engine is down', async () => {
    engine = failingSearch(new EngineUnavailableError('connect ECONNREFUSED'));
    const response = await get('?q=maroc');
    expect(response.status).toBe(503);
    expect(await body(response)).toEqual({ error: 'engine_unavailable', message: ENGINE_DOWN_MESSAGE });
  });

  it('answers 503 query_too_expensive in French when the engine stopped the query', async () => {
    engine = failingSearch(new QueryTooExpensiveError('the query took more than 500 ms'));
    const response = await get('?q=maroc');
    expect(response.status).toBe(503);
    expect(await body(response)).toEqual({ error: 'query_too_expensive', message: QUERY_TOO_EXPENSIVE_MESSAGE });
  });

  it('answers 503 and says so when the index has not been built', async () => {
    openSearchEngine.mockRejectedValue(new IndexMissingError('no index'));
    const response = await get('');
    expect(response.status).toBe(503);
    expect(await body(response)).toEqual({ error: 'index_missing', message: INDEX_MISSING_MESSAGE });
  });

  it('answers 500, not "unavailable", to a bug, and logs it with its cause', async () => {
    const bug = new TypeError('Cannot read properties of undefined', { cause: new Error('root cause') });
    engine = failingSearch(bug);
    const response = await get('?q=maroc');
    expect(response.status).toBe(500);
    expect(await body(response)).toEqual({ error: 'internal_error', message: INTERNAL_ERROR_MESSAGE });
    expect(consoleError).toHaveBeenCalledWith(expect.any(String), bug);
  });
});

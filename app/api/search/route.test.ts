import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResponse } from '../../lib/api-types';
import type { SearchState } from '../../lib/url-state';

vi.mock('server-only', () => ({}));

const EMPTY_RESPONSE: SearchResponse = {
  total: 0,
  hits: [],
  facets: { persons: {}, countries: {}, date: {} },
  took_ms: 1,
  page: 1,
  hits_per_page: 10,
  labels: { countries: {} },
};

const searchParagraphs = vi.fn<(state: SearchState) => Promise<SearchResponse>>();

vi.mock('../../lib/engine', () => {
  class EngineUnavailableError extends Error {
    override name = 'EngineUnavailableError';
  }
  class StoreMissingError extends EngineUnavailableError {}
  return {
    EngineUnavailableError,
    StoreMissingError,
    searchParagraphs: (s: SearchState) => searchParagraphs(s),
    unavailableMessage: (e: Error) => (e instanceof StoreMissingError ? 'index introuvable' : 'moteur indisponible'),
  };
});

const { GET } = await import('./route');
const { EngineUnavailableError } = await import('../../lib/engine');

const get = (query: string) => GET(new Request(`http://127.0.0.1/api/search${query}`));

describe('GET /api/search', () => {
  beforeEach(() => {
    searchParagraphs.mockReset();
    searchParagraphs.mockResolvedValue(EMPTY_RESPONSE);
  });

  it('passes validated state to the engine and returns its JSON', async () => {
    const response = await get('?q=Gantz&person=Benny+Gantz&country=ma&utm=1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(EMPTY_RESPONSE);
    expect(searchParagraphs).toHaveBeenCalledWith({
      q: 'Gantz',
      persons: ['Benny Gantz'],
      countries: ['MA'],
      dates: [],
      page: 1,
    });
  });

  it('answers 400 with a JSON error and never calls the engine for hostile input', async () => {
    for (const query of ['?person=a%22%20OR%201%3D1', '?page=1e9', `?q=${'x'.repeat(500)}`, '?country=M%27A']) {
      const response = await get(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('invalid_request');
      expect(body.message).not.toBe('');
    }
    expect(searchParagraphs).not.toHaveBeenCalled();
  });

  it('answers 503 with a French message when the engine is down', async () => {
    searchParagraphs.mockRejectedValue(new EngineUnavailableError('down'));
    const response = await get('?q=maroc');
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: string; message: string };
    expect(body).toMatchObject({ error: 'engine_unavailable' });
    expect(body.message).toBe('moteur indisponible');
  });

  it('says when the index has not been built', async () => {
    const { StoreMissingError } = await import('../../lib/engine');
    searchParagraphs.mockRejectedValue(new StoreMissingError('no index'));
    const response = await get('');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'index_missing', message: 'index introuvable' });
  });
});

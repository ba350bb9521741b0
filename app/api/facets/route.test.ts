import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineUnavailableError, type FacetValueSearch, type SearchEngine } from '../../../search/index';
import { ENGINE_DOWN_MESSAGE } from '../../lib/messages';
import { forgetEngine, stubEngine } from '../../lib/testing/stub-engine';

import type * as SearchModule from '../../../search/index';

vi.mock('server-only', () => ({}));
const openSearchEngine = vi.fn<() => Promise<SearchEngine>>();
vi.mock('../../../search/index', async (importOriginal) => ({
  ...(await importOriginal<typeof SearchModule>()),
  openSearchEngine: () => openSearchEngine(),
}));

const { GET } = await import('./route');

const get = (query: string) => GET(new Request(`http://127.0.0.1/api/facets${query}`));
const body = async (response: Response) => (await response.json()) as Record<string, unknown>;

describe('GET /api/facets', () => {
  let engine: SearchEngine;
  const searchFacetValues = vi.fn<SearchEngine['searchFacetValues']>();
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});

  beforeEach(() => {
    forgetEngine();
    searchFacetValues.mockReset();
    searchFacetValues.mockResolvedValue([{ value: 'Benny Gantz', count: 3 }]);
    engine = stubEngine({ searchFacetValues });
    openSearchEngine.mockReset();
    openSearchEngine.mockImplementation(async () => engine);
    consoleError.mockClear();
  });

  it('asks the engine for the facet’s values under the whole search state', async () => {
    const response = await get('?facet=persons&text=%20gantz%20&q=Rabat&person=Ben+Ali&country=ma&from=2021&page=3');
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ facet: 'persons', text: 'gantz', values: [{ value: 'Benny Gantz', label: 'Benny Gantz', count: 3 }] });
    const request = searchFacetValues.mock.calls[0]![0];
    expect(request).toMatchObject({
      facet: 'persons',
      text: 'gantz',
      query: { q: 'Rabat', filters: { persons: ['Ben Ali'], countries: ['MA'], date: [] }, from: '2021', page: 3 },
    });
    expect(request.label).toBeUndefined();
  });

  it('matches countries by their French names and answers with them', async () => {
    searchFacetValues.mockResolvedValue([{ value: 'MA', count: 2 }]);
    const json = await body(await get('?facet=countries&text=maroc'));
    expect(json.values).toEqual([{ value: 'MA', label: 'Maroc', count: 2 }]);
    const { label } = searchFacetValues.mock.calls[0]![0] as FacetValueSearch;
    expect(label?.('DZ')).toBe('Algérie');
  });

  it('answers 400 in French, naming the parameter, and never calls the engine for bad input', async () => {
    const cases: [string, RegExp][] = [
      ['?text=gantz', /« facet ».*facette parmi persons, countries/],
      ['?facet=date&text=2021', /« facet »/],
      ['?facet=persons', /« text » : texte à chercher attendu/],
      ['?facet=persons&text=%20-%20', /« text » : au moins une lettre/],
      [`?facet=persons&text=${'a'.repeat(101)}`, /« text » : 100 caractères au plus/],
      ['?facet=persons&text=a&text=b', /« text » : une seule valeur/],
      ['?facet=persons&text=gantz&country=M%27A', /« country »/],
    ];
    for (const [query, message] of cases) {
      const response = await get(query);
      expect(response.status).toBe(400);
      const json = await body(response);
      expect(json.error).toBe('invalid_request');
      expect(String(json.message).replace(/\u00a0/g, ' ')).toMatch(message);
    }
    expect(openSearchEngine).not.toHaveBeenCalled();
  });

  it('answers 503 with the French message when the engine is down', async () => {
    searchFacetValues.mockRejectedValue(new EngineUnavailableError('connect ECONNREFUSED'));
    const response = await get('?facet=persons&text=gantz');
    expect(response.status).toBe(503);
    expect(await body(response)).toEqual({ error: 'engine_unavailable', message: ENGINE_DOWN_MESSAGE });
  });
});

import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidQueryError, type SearchEngine, type StreamedHit } from '../../../search/index';
import { forgetEngine, stubEngine } from '../../lib/testing/stub-engine';

import type * as SearchModule from '../../../search/index';

vi.mock('server-only', () => ({}));
const openSearchEngine = vi.fn<() => Promise<SearchEngine>>();
vi.mock('../../../search/index', async (importOriginal) => ({
  ...(await importOriginal<typeof SearchModule>()),
  openSearchEngine: () => openSearchEngine(),
}));

const { GET } = await import('./route');

const get = (query: string) => GET(new Request(`http://127.0.0.1:4000/api/export${query}`));

function hitNumber(i: number): StreamedHit {
  return {
    id: `a-${i}`,
    article: 'a',
    position: i + 1,
    section: null,
    text: `Paragraphe n° ${i} à l’été`,
    date: '2023-01-20',
    facets: { persons: [], countries: ['MA'] },
    title: 'Été',
    source: null,
  };
}

/** An engine streaming `count` hits, counting how many it was asked for. */
function streamingEngine(count: number) {
  const produced = { n: 0 };
  const streamHits = vi.fn<SearchEngine['streamHits']>(async function* () {
    for (let i = 0; i < count; i++) {
      produced.n++;
      yield hitNumber(i);
    }
  });
  return { engine: stubEngine({ streamHits }), produced, streamHits };
}

describe('GET /api/export', () => {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  beforeEach(() => {
    forgetEngine();
    openSearchEngine.mockReset();
    consoleError.mockClear();
    vi.stubEnv('MEILI_URL', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('streams every hit of the whole search state as a CSV file', async () => {
    const { engine, streamHits } = streamingEngine(2_500);
    openSearchEngine.mockResolvedValue(engine);
    const response = await get('?format=csv&q=Défense&country=ma&sort=recent&page=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="paragraphe-defense-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(streamHits).toHaveBeenCalledWith({ q: 'Défense', filters: { persons: [], countries: ['MA'], date: [] }, sort: 'recent' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2_500);
    expect(rows[7]).toMatchObject({ id: 'a-7', text: 'Paragraphe n° 7 à l’été', url: 'http://127.0.0.1:4000/p/a-7' });
  });

  it('exports the paragraphs naming every person of a tous=person search', async () => {
    const { engine, streamHits } = streamingEngine(3);
    openSearchEngine.mockResolvedValue(engine);
    const response = await get('?format=jsonl&person=Benny+Gantz&person=Abdellatif+Loudiyi&tous=person');
    expect(response.status).toBe(200);
    expect(streamHits).toHaveBeenCalledWith({
      q: '',
      filters: { persons: ['Abdellatif Loudiyi', 'Benny Gantz'], countries: [], date: [], allOf: ['persons'] },
    });
    expect((await get('?format=csv&person=A+B&tous=date')).status).toBe(400);
  });

  it('reads hits only as fast as the client reads the file', async () => {
    const { engine, produced } = streamingEngine(100_000);
    openSearchEngine.mockResolvedValue(engine);
    const response = await get('?format=jsonl');
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // One chunk (64 KB) and the one pulled ahead of it: a sliver of the 100,000 hits.
    expect(produced.n).toBeLessThan(2_000);
    await reader.cancel();
  });

  it('answers 400 for a missing or unknown format and for a query the engine refuses', async () => {
    openSearchEngine.mockResolvedValue(
      stubEngine({
        streamHits: async function* () {
          yield* [];
          throw new InvalidQueryError('invalid search query: q too long');
        },
      }),
    );
    for (const query of ['?q=x', '?format=xlsx', '?format=csv&format=jsonl', '?format=csv&country=Maroc']) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(/^Les paramètres de cette adresse ne sont pas valides/);
    }
    expect((await get('?format=csv&q=x')).status).toBe(400);
  });
});

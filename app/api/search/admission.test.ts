import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchEngine, SearchQuery } from '../../../search/index';
import { QUERY_TOO_EXPENSIVE_MESSAGE } from '../../lib/messages';
import { MAX_WAITING } from '../../lib/search-lanes';
import { forgetEngine, RESULT, stubEngine } from '../../lib/testing/stub-engine';

import type * as SearchModule from '../../../search/index';

vi.mock('server-only', () => ({}));
let engine: SearchEngine;
vi.mock('../../../search/index', async (importOriginal) => ({
  ...(await importOriginal<typeof SearchModule>()),
  openSearchEngine: async () => engine,
}));

const { GET } = await import('./route');
const get = (q: string) => GET(new Request(`http://127.0.0.1/api/search?q=${encodeURIComponent(q)}`));

/** An engine whose searches log their query and end when the test says so. */
function heldEngine() {
  const started: string[] = [];
  const pending: (() => void)[] = [];
  engine = stubEngine({
    search: (query: SearchQuery) => {
      started.push(query.q);
      return new Promise((resolve) => pending.push(() => resolve(RESULT)));
    },
  });
  /** Ends every search as it starts, until `expectedStarts` have (bounded: a stuck lane fails the test). */
  const releaseAll = async () => {
    for (let round = 0; round < 10_000 && (started.length < expectedStarts || pending.length > 0); round++) {
      pending.splice(0).forEach((release) => release());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  };
  let expectedStarts = 0;
  return { started, expect: (n: number) => (expectedStarts = n), releaseAll };
}

describe('GET /api/search under load: admission by predicted cost', () => {
  beforeEach(() => forgetEngine());

  it('answers a cheap search sent after queued expensive ones before them', async () => {
    const held = heldEngine();
    const answered: string[] = [];
    const send = (q: string) => get(q).then((response) => answered.push(`${q} ${response.status}`));
    const requests = [send('de-de-de-de'), send('pr co de re'), send('la le les'), send('Macron')];
    held.expect(4);
    await held.releaseAll();
    await Promise.all(requests);
    expect(held.started).toEqual(['Macron', 'de-de-de-de', 'pr co de re', 'la le les']);
    expect(answered).toEqual(['Macron 200', 'de-de-de-de 200', 'pr co de re 200', 'la le les 200']);
  });

  it('refuses expensive searches past the queue bound with 503 query_too_expensive and Retry-After', async () => {
    const held = heldEngine();
    // All arrive before the first starts: MAX_WAITING wait, the next is refused before reaching the engine.
    const responses = Array.from({ length: MAX_WAITING + 1 }, (_, i) => get(`de-la-${'de-'.repeat(i % 5)}le`));
    const refused = await responses.at(-1)!;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(await refused.json()).toEqual({ error: 'query_too_expensive', message: QUERY_TOO_EXPENSIVE_MESSAGE });
    expect(held.started).toEqual([]);
    // A cheap search is still served while the expensive lane is full.
    const cheap = get('Gantz');
    held.expect(MAX_WAITING + 1);
    await held.releaseAll();
    const statuses = (await Promise.all(responses)).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(MAX_WAITING);
    expect(statuses.filter((s) => s === 503)).toHaveLength(1);
    expect((await cheap).status).toBe(200);
    expect(held.started[0]).toBe('Gantz');
  });
});

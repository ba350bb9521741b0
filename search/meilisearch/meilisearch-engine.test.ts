import { MeilisearchApiError, type EnqueuedTaskPromise, type Meilisearch, type Task } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { EngineUnavailableError, IndexMissingError, InvalidQueryError } from '../errors';
import { emptyFacetValues, emptyFilters } from '../facets';
import { LIMITS } from '../limits';
import type { IndexedArticle, SearchQuery } from '../types';
import { openMeilisearchEngine } from './index';
import { MeilisearchEngine } from './meilisearch-engine';

/*
 * The adapter's orchestration (which client call, in which order), recorded on a stand-in for the
 * client object. This is not a test of Meilisearch: the shared contract runs against a real server
 * (meilisearch.contract.test.ts) when one is configured.
 */

interface Recorder {
  client: Meilisearch;
  calls: string[];
  indexes: Set<string>;
  searches: unknown[];
}

function recorder(initial: string[] = [], options: { missingIndex?: boolean; guarded?: string[] } = {}): Recorder {
  const calls: string[] = [];
  const searches: unknown[] = [];
  const indexes = new Set(initial);
  const task = (ok: boolean, code: string | null = null): EnqueuedTaskPromise => {
    const result = {
      uid: calls.length,
      status: ok ? 'succeeded' : 'failed',
      type: 'indexCreation',
      error: code ? { code, message: code, type: 'invalid_request', link: '' } : null,
    } as Task;
    return Object.assign(Promise.resolve({ taskUid: result.uid }), { waitTask: async () => result }) as unknown as EnqueuedTaskPromise;
  };
  const notFound = () =>
    new MeilisearchApiError(new Response(null, { status: 404 }), { code: 'index_not_found', message: 'x', type: 'invalid_request', link: '' });
  const client = {
    createIndex(uid: string) {
      calls.push(`create ${uid}`);
      if (indexes.has(uid)) return task(false, 'index_already_exists');
      indexes.add(uid);
      return task(true);
    },
    deleteIndex(uid: string) {
      calls.push(`drop ${uid}`);
      return indexes.delete(uid) ? task(true) : task(false, 'index_not_found');
    },
    swapIndexes(pairs: Array<{ indexes: [string, string]; rename: boolean }>) {
      calls.push(`swap ${pairs.map((p) => `${p.indexes.join('<>')}${p.rename ? ' rename' : ''}`).join(', ')}`);
      return task(true);
    },
    async getRawIndexes() {
      calls.push('list');
      return { results: [...indexes].map((uid) => ({ uid })) };
    },
    async multiSearch(body: { queries: Array<{ q: string }> }) {
      calls.push(`multi-search ${body.queries.length}`);
      searches.push(body);
      if (options.missingIndex) throw notFound();
      return { results: body.queries.map(() => ({ hits: [], totalHits: 0, facetDistribution: {} })) };
    },
    index(uid: string) {
      return {
        updateSettings() {
          calls.push(`settings ${uid}`);
          return task(true);
        },
        addDocuments() {
          calls.push(`add ${uid}`);
          return task(true);
        },
        deleteDocuments() {
          calls.push(`delete-docs ${uid}`);
          return task(true);
        },
        async getDocuments() {
          calls.push(`get-docs ${uid}`);
          return { results: [] };
        },
        async search(q: string, params: { facets?: string[] } = {}) {
          calls.push(`search ${uid}${params.facets ? ` facets ${params.facets.join(',')}` : ''}`);
          return { hits: [], facetDistribution: { countries: { MA: 2, TN: 1 } } };
        },
        async searchForFacetValues(params: { facetName: string; facetQuery: string; q: string }) {
          calls.push(`facet-search ${uid} ${params.facetName} ${params.facetQuery} q=${params.q}`);
          return { facetHits: [{ value: 'gantz · Benny Gantz', count: 3 }, { value: 'ganz · Rolf Ganz', count: 1 }] };
        },
        async getTypoTolerance() {
          calls.push(`get-typo ${uid}`);
          return { disableOnWords: options.guarded ?? [] };
        },
        updateTypoTolerance(settings: { disableOnWords: string[] }) {
          calls.push(`typo ${uid} ${settings.disableOnWords.join(',')}`);
          return task(true);
        },
      };
    },
  } as unknown as Meilisearch;
  return { client, calls, indexes, searches };
}

const engineOn = (r: Recorder) => new MeilisearchEngine(r.client, r.client, 'paragraphs');

const article: IndexedArticle = {
  id: 'a',
  fingerprint: 'fp',
  meta: { title: 'T', date: '2021-03', source: null, sourceUrl: null },
  paragraphs: [{ id: 'a-1', position: 1, section: null, text: 'Les négociations', facets: emptyFacetValues() }],
};

const query = (q: string): SearchQuery => ({ q, filters: emptyFilters(), page: 1, hitsPerPage: 10 });

/** A loopback port nothing listens on: bound once by us, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('MeilisearchEngine writes', () => {
  it('builds a full re-index in a configured staging pair and swaps both pairs in one task', async () => {
    const r = recorder(['paragraphs', 'paragraphs-articles', 'paragraphs-staging-old', 'other']);
    const writer = await engineOn(r).beginWrite({ replaceAll: true });
    const setup = r.calls.splice(0);
    expect(setup[0]).toBe('list');
    expect(setup[1]).toBe('drop paragraphs-staging-old');
    const staging = setup.find((c) => c.startsWith('create paragraphs-staging-'))!.slice('create '.length);
    const stagingFp = staging.replace('paragraphs-staging-', 'paragraphs-articles-staging-');
    expect(setup.slice(2)).toEqual([`create ${staging}`, `create ${stagingFp}`, `settings ${staging}`, `settings ${stagingFp}`]);
    expect(r.indexes.has('other')).toBe(true);

    await writer.putArticle(article);
    await writer.commit();
    // Previous versions are read from the serving pair (links to edited paragraphs), then written.
    expect(r.calls).toEqual([
      'get-docs paragraphs',
      'get-docs paragraphs-articles',
      `add ${staging}`,
      `delete-docs ${staging}`,
      `add ${stagingFp}`,
      `typo ${staging} `,
      'create paragraphs',
      'create paragraphs-articles',
      `swap paragraphs<>${staging}, paragraphs-articles<>${stagingFp}`,
      `drop ${staging}`,
      `drop ${stagingFp}`,
    ]);
  });

  it('creates the serving pair before the first swap', async () => {
    const r = recorder();
    const writer = await engineOn(r).beginWrite({ replaceAll: true });
    await writer.commit();
    expect(r.indexes.has('paragraphs')).toBe(true);
    expect(r.indexes.has('paragraphs-articles')).toBe(true);
    expect(r.calls.some((c) => c.startsWith('swap '))).toBe(true);
  });

  it('drops the staging pair on abort and never swaps', async () => {
    const r = recorder(['paragraphs', 'paragraphs-articles']);
    const writer = await engineOn(r).beginWrite({ replaceAll: true });
    await writer.putArticle(article);
    await writer.abort();
    expect(r.calls.some((c) => c.startsWith('swap') || c.startsWith('add'))).toBe(false);
    expect([...r.indexes].sort()).toEqual(['paragraphs', 'paragraphs-articles']);
  });

  it('updates the serving index in place for an incremental write', async () => {
    const r = recorder(['paragraphs', 'paragraphs-articles']);
    const writer = await engineOn(r).beginWrite({ replaceAll: false });
    await writer.putArticle(article);
    await writer.commit();
    expect(r.calls).toEqual([
      'create paragraphs',
      'create paragraphs-articles',
      'settings paragraphs',
      'settings paragraphs-articles',
      'get-docs paragraphs',
      'get-docs paragraphs-articles',
      'add paragraphs',
      'delete-docs paragraphs',
      'add paragraphs-articles',
      'get-typo paragraphs',
    ]);
  });

  it('adds the words an incremental write guards from typos to the ones guarded before', async () => {
    const r = recorder(['paragraphs', 'paragraphs-articles'], { guarded: ['chanson'] });
    const writer = await engineOn(r).beginWrite({ replaceAll: false });
    const texts = [1, 2, 3].flatMap((i) => [`Le gouvernement français, jour ${i}.`, `François Legault, jour ${i}.`]);
    await writer.putArticle({
      ...article,
      paragraphs: texts.map((text, i) => ({ id: `a-${i}`, position: i + 1, section: null, text, facets: emptyFacetValues() })),
    });
    await writer.commit();
    expect(r.calls.slice(-2)).toEqual(['get-typo paragraphs', 'typo paragraphs chanson,francais,francois']);
  });
});

describe('MeilisearchEngine facet value search', () => {
  it('searches a person among the keys, under the query as sent, and maps the keys back', async () => {
    const r = recorder(['paragraphs']);
    const values = await engineOn(r).searchFacetValues({ facet: 'persons', text: 'Gantz', query: query('Rabat') });
    expect(values).toEqual([{ value: 'Benny Gantz', count: 3 }]);
    expect(r.calls).toEqual(['multi-search 1', 'facet-search paragraphs persons_keys gantz q=rabat']);
  });

  it('matches countries by name in their distribution', async () => {
    const r = recorder(['paragraphs']);
    const names: Record<string, string> = { MA: 'Maroc', TN: 'Tunisie' };
    const values = await engineOn(r).searchFacetValues({ facet: 'countries', text: 'tun', query: query(''), label: (c) => names[c] ?? c });
    expect(values).toEqual([{ value: 'TN', count: 1 }]);
    expect(r.calls).toEqual(['multi-search 1', 'search paragraphs facets countries']);
  });
});

describe('MeilisearchEngine reads', () => {
  it('resolves a former paragraph id through former_ids: on a paragraph, else on its article', async () => {
    const answers: Record<string, object[]> = {
      'paragraphs former_ids = "a-old"': [{ id: 'a-new', article: 'a' }],
      'paragraphs-articles former_ids = "a-gone"': [{ article: 'a' }],
    };
    const client = {
      index: (uid: string) => ({
        search: async (_q: string, params: { filter: string }) => ({ hits: answers[`${uid} ${params.filter}`] ?? [] }),
      }),
    } as unknown as Meilisearch;
    const engine = new MeilisearchEngine(client, client, 'paragraphs');
    expect(await engine.resolveFormerParagraph('a-old')).toEqual({ article: 'a', paragraphId: 'a-new' });
    expect(await engine.resolveFormerParagraph('a-gone')).toEqual({ article: 'a', paragraphId: null });
    expect(await engine.resolveFormerParagraph('a-never')).toBeNull();
    expect(await engine.resolveFormerParagraph('a "OR" b')).toBeNull();
  });

  it('looks up stems first when a word is inflected, then runs the search', async () => {
    const r = recorder(['paragraphs']);
    await engineOn(r).search(query('négociations'));
    // Then, having found nothing, it looks for a respelling: two probes, then one count.
    expect(r.calls).toEqual(['multi-search 1', 'multi-search 1', 'multi-search 2', 'multi-search 1']);
  });

  it('skips the lookup when every word is its own stem', async () => {
    const r = recorder(['paragraphs']);
    await engineOn(r).search(query('coop'));
    expect(r.calls).toEqual(['multi-search 1', 'multi-search 2', 'multi-search 1']);
  });

  it('says the index is missing before the first indexing run', async () => {
    const r = recorder([], { missingIndex: true });
    const error = await engineOn(r).search(query('')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexMissingError);
    expect((error as Error).cause).toBeDefined();
  });

  it('refuses an invalid query before calling the server', async () => {
    const r = recorder(['paragraphs']);
    await expect(engineOn(r).search({ ...query('x'), hitsPerPage: LIMITS.hitsPerPage + 1 })).rejects.toBeInstanceOf(
      InvalidQueryError,
    );
    expect(r.calls).toEqual([]);
  });

  it('reports a refused connection as EngineUnavailableError, with the cause', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const engine = await openMeilisearchEngine({ url, apiKey: 'k', indexUid: 'paragraphs', requestTimeoutMs: 2_000 });
    const error = await engine.search(query('armée')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).cause).toBeDefined();
  });

  it('never sends an id Meilisearch could not hold', async () => {
    const r = recorder(['paragraphs']);
    expect(await engineOn(r).getParagraph('../keys')).toBeNull();
    expect(r.calls).toEqual([]);
  });
});

import type { EnqueuedTaskPromise, Meilisearch, Task } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { emptyFacetValues } from '../facets';
import type { IndexedArticle } from '../types';
import { MeilisearchTaskFailedError } from './errors';
import { articleDocId, InvalidArticleError, MeilisearchIndexWriter } from './writer';

/*
 * The order in which the writer calls the client, recorded on a stand-in for the client object.
 * This checks our sequencing only; what Meilisearch does with the calls is the contract's job.
 */

type Call = { index: string; op: string; arg: unknown };

function recordingClient(failOp?: string) {
  const calls: Call[] = [];
  const enqueue = (index: string, op: string, arg: unknown): EnqueuedTaskPromise => {
    calls.push({ index, op, arg });
    const task = {
      uid: calls.length,
      status: op === failOp ? 'failed' : 'succeeded',
      type: 'documentAdditionOrUpdate',
      error: op === failOp ? { code: 'internal', message: 'boom', type: 'internal', link: '' } : null,
    } as Task;
    return Object.assign(Promise.resolve({ taskUid: task.uid }), { waitTask: async () => task }) as unknown as EnqueuedTaskPromise;
  };
  const client = {
    index: (uid: string) => ({
      addDocuments: (docs: unknown) => enqueue(uid, 'add', docs),
      deleteDocuments: (arg: unknown) => enqueue(uid, 'delete', arg),
    }),
  } as unknown as Meilisearch;
  return { client, calls };
}

const article = (id: string, texts: string[]): IndexedArticle => ({
  id,
  fingerprint: `fp-${id}`,
  meta: { title: `T ${id}`, date: '2021-03', source: null, sourceUrl: null },
  paragraphs: texts.map((text, i) => ({
    id: `${id}-p${i + 1}`,
    position: i + 1,
    section: null,
    text,
    facets: emptyFacetValues(),
  })),
});

function writer(failOp?: string) {
  const { client, calls } = recordingClient(failOp);
  const hooks = { published: 0, discarded: 0 };
  const w = new MeilisearchIndexWriter(client, { paragraphs: 'p', articles: 'f' }, 'REV', {
    publish: async () => void hooks.published++,
    discard: async () => void hooks.discarded++,
  });
  return { w, calls, hooks };
}

const recorded = (id: string) => ({
  id: articleDocId(id),
  article: id,
  fingerprint: `fp-${id}`,
  title: `T ${id}`,
  date: '2021-03',
  source: null,
  source_url: null,
  rev: 'REV',
});

describe('MeilisearchIndexWriter', () => {
  it('stores paragraphs, then removes the stale ones of those articles, then records the articles, then publishes', async () => {
    const { w, calls, hooks } = writer();
    await w.putArticle({ ...article('a', ['un', 'deux']), personSpellings: ['Kaïs Saïed'] });
    await w.putArticle(article('b', []));
    expect(calls).toEqual([]);
    await w.commit();
    expect(calls.map((c) => `${c.index}:${c.op}`)).toEqual(['p:add', 'p:delete', 'f:add']);
    const added = calls[0]!.arg as Array<{ id: string; rev: string }>;
    expect(added.map((d) => [d.id, d.rev])).toEqual([
      ['a-p1', 'REV'],
      ['a-p2', 'REV'],
    ]);
    expect(calls[1]!.arg).toEqual({ filter: [['article = "a"', 'article = "b"'], 'NOT rev = "REV"'] });
    expect(calls[2]!.arg).toEqual([
      { ...recorded('a'), person_spellings: ['Kaïs Saïed'] },
      { ...recorded('b'), person_spellings: [] },
    ]);
    expect(hooks.published).toBe(1);
  });

  it('does not publish when a task fails', async () => {
    const { w, hooks } = writer('delete');
    await w.putArticle(article('a', ['un']));
    await expect(w.commit()).rejects.toBeInstanceOf(MeilisearchTaskFailedError);
    expect(hooks.published).toBe(0);
  });

  it('writes pending articles before deleting one, so the order of calls is kept', async () => {
    const { w, calls } = writer();
    await w.putArticle(article('a', ['un']));
    await w.deleteArticle('a "quoted"');
    expect(calls.map((c) => `${c.index}:${c.op}`)).toEqual(['p:add', 'p:delete', 'f:add', 'p:delete', 'f:delete']);
    expect(calls[3]!.arg).toEqual({ filter: 'article = "a \\"quoted\\""' });
    expect(calls[4]!.arg).toEqual([articleDocId('a "quoted"')]);
  });

  it('drops pending writes on abort and discards the staging indexes', async () => {
    const { w, calls, hooks } = writer();
    await w.putArticle(article('a', ['un']));
    await w.abort();
    expect(calls).toEqual([]);
    expect(hooks.discarded).toBe(1);
    await expect(w.putArticle(article('b', ['x']))).rejects.toThrow(/already committed or aborted/);
  });

  it('refuses a paragraph id Meilisearch would reject, before sending anything', async () => {
    const { w, calls } = writer();
    const bad = article('a', ['un']);
    bad.paragraphs[0]!.id = 'a/../p1';
    await expect(w.putArticle(bad)).rejects.toBeInstanceOf(InvalidArticleError);
    expect(calls).toEqual([]);
  });

  it('gives every article id a valid fingerprint document id', () => {
    for (const id of ['é t/é', 'a'.repeat(600), '"']) expect(articleDocId(id)).toMatch(/^[0-9a-f]{40}$/);
  });
});

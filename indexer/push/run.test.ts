import { rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndexStore } from './run';
import { createMemoryStore } from '../testing/memory-store';
import { runJob, SAMPLE_CORPUS, STUB_NAMES } from '../testing/job';
import { createStubTagger } from '../testing/stub-tagger';
import { makeTempDir, writeFiles } from '../testing/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  writeFiles(dir, SAMPLE_CORPUS);
});
afterEach(() => cleanup());

describe('runIndexer', () => {
  it('indexes both formats with positions, sections, date and tags', async () => {
    const { store, articles } = createMemoryStore();
    const { summary, failures } = await runJob(dir, { store, tagger: createStubTagger(STUB_NAMES).tagger });
    expect(failures).toEqual([]);
    expect(summary).toMatchObject({ files: 3, indexed: 3, unchanged: 0, failed: 0, deleted: 0, paragraphs: 7 });

    const maroc = articles().get('maroc')!;
    expect(maroc.paragraphs.map((p) => [p.position, p.section])).toEqual([
      [1, null],
      [2, null],
      [3, 'Un accord signé'],
    ]);
    expect(maroc.paragraphs[0]!.facets).toEqual({ persons: ['Benny Gantz'], countries: ['MA'] });
    expect(maroc.meta).toMatchObject({ date: '2021-11', title: 'Le ministre Benny Gantz est à Rabat pour une visite au Maroc' });

    const alger = articles().get('alger')!;
    expect(alger.paragraphs.map((p) => p.section)).toEqual([null, 'Réactions']);
    expect(alger.meta).toEqual({
      title: 'Alger répond',
      date: '2021-12-02',
      source: 'Rédaction',
      sourceUrl: 'https://example.org/alger',
    });
    expect(alger.paragraphs[0]!.facets.countries).toEqual(['DZ', 'MA']);
  });

  it('reports each bad file on one line and still indexes the others', async () => {
    writeFiles(dir, {
      'binaire.txt': Buffer.from([0x47, 0x49, 0x46, 0x38, 0, 0, 0x01]),
      'latin1.txt': Buffer.from('date 2021-11 Isra\xebl', 'latin1'),
      'vide.txt': '',
      'sans-date.txt': 'Un article sans date.\n\nSuite.',
      'date-impossible.txt': 'date 2021-02-30 Un lede.',
      'mois-impossible.md': '---\ndate: 2021-13\n---\nUn lede.',
      'mauvais nom.txt': 'date 2021-11 Un lede.',
      'tunis.md': '---\ndate: 2021-11\n---\nDoublon d’identifiant.',
    });
    symlinkSync(path.join(dir, 'absent.txt'), path.join(dir, 'illisible.txt'));
    const huge = path.join(dir, 'enorme.txt');
    writeFileSync(huge, 'date 2021-11 ');
    truncateSync(huge, 50 * 1024 * 1024);

    const { store, articles } = createMemoryStore();
    const { summary, failures } = await runJob(dir, { store, tagger: createStubTagger().tagger });
    const lines = failures.map((f) => f.error.message);
    for (const line of lines) expect(line).not.toContain('\n');
    expect(lines.map((l) => path.basename(l.split(':')[0]!)).sort()).toEqual(
      [
        'binaire.txt',
        'date-impossible.txt',
        'enorme.txt',
        'illisible.txt',
        'latin1.txt',
        'mauvais nom.txt',
        'mois-impossible.md',
        'sans-date.txt',
        'tunis.txt',
        'vide.txt',
      ].sort(),
    );
    const reasonOf = (name: string) => failures.find((f) => path.basename(f.error.file) === name)?.error.reason;
    expect(reasonOf('binaire.txt')).toMatch(/binary/);
    expect(reasonOf('latin1.txt')).toMatch(/not valid UTF-8/);
    expect(reasonOf('vide.txt')).toMatch(/empty/);
    expect(reasonOf('sans-date.txt')).toMatch(/missing date/);
    expect(reasonOf('date-impossible.txt')).toMatch(/impossible date "2021-02-30"/);
    expect(reasonOf('mois-impossible.md')).toMatch(/impossible date "2021-13"/);
    expect(reasonOf('mauvais nom.txt')).toMatch(/invalid article id/);
    expect(reasonOf('enorme.txt')).toMatch(/too large/);
    expect(reasonOf('illisible.txt')).toMatch(/cannot open/);
    expect(reasonOf('tunis.txt')).toMatch(/already has the article id "tunis"/);

    expect(summary).toMatchObject({ failed: 10, indexed: 3 });
    expect([...articles().keys()].sort()).toEqual(['alger', 'maroc', 'tunis']);
    expect(articles().get('tunis')!.paragraphs[0]!.text).toBe('Doublon d’identifiant.');
  });
});

describe('incremental runs', () => {
  const tagged = () => createStubTagger(STUB_NAMES);

  it('skips unchanged articles: not re-tagged, not re-sent', async () => {
    const { store, calls } = createMemoryStore();
    await runJob(dir, { store, tagger: tagged().tagger });
    calls.put.length = 0;
    const second = tagged();
    const { summary } = await runJob(dir, { store, tagger: second.tagger });
    expect(summary).toMatchObject({ unchanged: 3, indexed: 0, paragraphs: 0 });
    expect(second.tagged).toEqual([]);
    expect(calls.put).toEqual([]);
  });

  it('replaces a changed article without stale paragraphs and keeps other ids', async () => {
    const { store, articles, calls } = createMemoryStore();
    await runJob(dir, { store, tagger: tagged().tagger });
    const before = articles().get('maroc')!.paragraphs.map((p) => p.id);
    const otherIds = articles().get('alger')!.paragraphs.map((p) => p.id);

    writeFiles(dir, { 'maroc.txt': ' date 2021-11 Le ministre Benny Gantz est à Rabat pour une visite au Maroc.\n\nNouveau texte.' });
    calls.put.length = 0;
    const { summary } = await runJob(dir, { store, tagger: tagged().tagger });
    expect(summary).toMatchObject({ indexed: 1, unchanged: 2 });
    expect(calls.put).toEqual(['maroc']);
    const after = articles().get('maroc')!.paragraphs;
    expect(after.map((p) => p.text)).toEqual([
      'Le ministre Benny Gantz est à Rabat pour une visite au Maroc.',
      'Nouveau texte.',
    ]);
    expect(after[0]!.id).toBe(before[0]);
    expect(after.map((p) => p.id)).not.toContain(before[2]);
    expect(articles().get('alger')!.paragraphs.map((p) => p.id)).toEqual(otherIds);
  });

  it('removes the paragraphs of a deleted file', async () => {
    const { store, articles } = createMemoryStore();
    await runJob(dir, { store, tagger: tagged().tagger });
    rmSync(path.join(dir, 'tunis.txt'));
    const { summary } = await runJob(dir, { store, tagger: tagged().tagger });
    expect(summary).toMatchObject({ deleted: 1, unchanged: 2 });
    expect(articles().has('tunis')).toBe(false);
  });

  it('re-tags everything when the pipeline version changes', async () => {
    const { store } = createMemoryStore();
    await runJob(dir, { store, tagger: tagged().tagger, version: 'v1' });
    const second = tagged();
    const { summary } = await runJob(dir, { store, tagger: second.tagger, version: 'v2' });
    expect(summary).toMatchObject({ indexed: 3, unchanged: 0 });
    expect(second.tagged).toHaveLength(7);
  });

  it('rebuilds everything with --full, dropping deleted articles', async () => {
    const { store, articles, calls } = createMemoryStore();
    await runJob(dir, { store, tagger: tagged().tagger });
    rmSync(path.join(dir, 'tunis.txt'));
    calls.put.length = 0;
    const { summary } = await runJob(dir, { store, tagger: tagged().tagger, full: true });
    expect(summary).toMatchObject({ indexed: 2, unchanged: 0, deleted: 1 });
    expect(calls.put.sort()).toEqual(['alger', 'maroc']);
    expect([...articles().keys()].sort()).toEqual(['alger', 'maroc']);
  });

  it('keeps the last good version of a file that became bad, also with --full', async () => {
    const { store, articles } = createMemoryStore();
    await runJob(dir, { store, tagger: tagged().tagger });
    const good = articles().get('tunis')!.paragraphs;
    writeFiles(dir, { 'tunis.txt': Buffer.from([0xff, 0xfe, 0x41]) });

    const incremental = await runJob(dir, { store, tagger: tagged().tagger });
    expect(incremental.failures.map((f) => f.kept)).toEqual([true]);
    expect(articles().get('tunis')!.paragraphs).toEqual(good);

    const full = await runJob(dir, { store, tagger: tagged().tagger, full: true });
    expect(full.failures.map((f) => f.kept)).toEqual([true]);
    expect(articles().get('tunis')!.paragraphs).toEqual(good);
  });
});

describe('atomicity', () => {
  it('publishes nothing when interrupted', async () => {
    const { store, articles, calls } = createMemoryStore();
    const controller = new AbortController();
    controller.abort(new Error('SIGINT'));
    await expect(runJob(dir, { store, tagger: createStubTagger().tagger, signal: controller.signal })).rejects.toThrow(
      /interrupted/,
    );
    expect(calls.aborts).toBe(1);
    expect(articles().size).toBe(0);
  });

  it('stops while sending the articles at the end of the run, and publishes nothing', async () => {
    const memory = createMemoryStore();
    writeFiles(dir, Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`extra-${i}.txt`, `date 2022-02 Article ${i}.`])));
    const controller = new AbortController();
    const interrupting: IndexStore = {
      ...memory.store,
      beginWrite: async (options) => {
        const writer = await memory.store.beginWrite(options);
        return {
          ...writer,
          putArticle: (article) => {
            controller.abort(new Error('SIGINT'));
            return writer.putArticle(article);
          },
        };
      },
    };
    await expect(runJob(dir, { store: interrupting, tagger: createStubTagger().tagger, signal: controller.signal })).rejects.toThrow(
      /interrupted/,
    );
    expect(memory.calls.put.length).toBeLessThan(70);
    expect(memory.calls.aborts).toBe(1);
    expect(memory.articles().size).toBe(0);
  });

  it('aborts the write session on an engine failure and keeps the previous index', async () => {
    const memory = createMemoryStore();
    await runJob(dir, { store: memory.store, tagger: createStubTagger().tagger });
    const before = new Map(memory.articles());
    const failing: IndexStore = {
      ...memory.store,
      beginWrite: async (options) => {
        const writer = await memory.store.beginWrite(options);
        return { ...writer, putArticle: () => Promise.reject(new Error('disk full')) };
      },
    };
    writeFiles(dir, { 'tunis.txt': 'date 2022-01-16 Un autre lede.' });
    await expect(runJob(dir, { store: failing, tagger: createStubTagger().tagger, full: true })).rejects.toThrow(
      'disk full',
    );
    expect(memory.calls.aborts).toBe(1);
    expect(memory.articles()).toEqual(before);
  });
});

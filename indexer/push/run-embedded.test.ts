import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFilters, type SearchEngine } from '../../search/index';
import { openSearchEngine } from '../../search/index';
import { runJob, SAMPLE_CORPUS, STUB_NAMES } from '../testing/job';
import { createStubTagger } from '../testing/stub-tagger';
import { makeTempDir, writeFiles } from '../testing/temp-dir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EMBEDDED_READY = existsSync(path.join(ROOT, 'search/embedded/index.ts'));
if (!EMBEDDED_READY) console.warn('indexer/run-embedded.test.ts SKIPPED: search/embedded/index.ts does not exist yet');

let corpus: string;
let dataDir: string;
let cleanup: () => void;
const opened: SearchEngine[] = [];

async function openEngine(): Promise<SearchEngine> {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: false });
  opened.push(engine);
  return engine;
}

beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  corpus = path.join(temp.dir, 'corpus');
  dataDir = path.join(temp.dir, 'data');
  mkdirSync(corpus);
  writeFiles(corpus, SAMPLE_CORPUS);
});
afterEach(async () => {
  for (const engine of opened.splice(0)) await engine.close();
  cleanup();
});

const tagger = () => createStubTagger(STUB_NAMES);

describe.runIf(EMBEDDED_READY)('incremental runs against the embedded engine', () => {
  it('indexes, then skips unchanged articles without re-tagging them', async () => {
    const engine = await openEngine();
    const first = await runJob(corpus, { store: engine, tagger: tagger().tagger });
    expect(first.summary).toMatchObject({ indexed: 3, paragraphs: 7, failed: 0 });
    const fingerprints = await engine.getArticleFingerprints();
    expect([...fingerprints.keys()].sort()).toEqual(['alger', 'maroc', 'tunis']);

    const second = tagger();
    const again = await runJob(corpus, { store: engine, tagger: second.tagger });
    expect(again.summary).toMatchObject({ unchanged: 3, indexed: 0 });
    expect(second.tagged).toEqual([]);
    expect(await engine.getArticleFingerprints()).toEqual(fingerprints);
  });

  it('replaces a changed article with no stale paragraph and keeps deep links elsewhere', async () => {
    const engine = await openEngine();
    await runJob(corpus, { store: engine, tagger: tagger().tagger });
    const before = (await engine.getArticle('maroc'))!.paragraphs.map((p) => p.id);
    const alger = (await engine.getArticle('alger'))!.paragraphs.map((p) => p.id);

    writeFiles(corpus, { 'maroc.txt': 'date 2021-11 Le ministre Benny Gantz est à Rabat pour une visite au Maroc.\n\nTexte neuf.' });
    const { summary } = await runJob(corpus, { store: engine, tagger: tagger().tagger });
    expect(summary).toMatchObject({ indexed: 1, unchanged: 2 });

    const after = (await engine.getArticle('maroc'))!.paragraphs;
    expect(after.map((p) => p.text)).toEqual(['Le ministre Benny Gantz est à Rabat pour une visite au Maroc.', 'Texte neuf.']);
    expect(after[0]!.id).toBe(before[0]);
    for (const stale of before.slice(1)) expect(await engine.getParagraph(stale)).toBeNull();
    expect((await engine.getArticle('alger'))!.paragraphs.map((p) => p.id)).toEqual(alger);
    const hit = await engine.getParagraph(alger[1]!);
    expect(hit).toMatchObject({ section: 'Réactions', date: '2021-12-02', facets: { countries: [] } });
  });

  it('removes a deleted file and rebuilds with --full', async () => {
    const engine = await openEngine();
    await runJob(corpus, { store: engine, tagger: tagger().tagger });
    const tunis = (await engine.getArticle('tunis'))!.paragraphs.map((p) => p.id);
    rmSync(path.join(corpus, 'tunis.txt'));
    const incremental = await runJob(corpus, { store: engine, tagger: tagger().tagger });
    expect(incremental.summary).toMatchObject({ deleted: 1 });
    expect(await engine.getArticle('tunis')).toBeNull();
    for (const id of tunis) expect(await engine.getParagraph(id)).toBeNull();

    writeFiles(corpus, { 'tunis.txt': SAMPLE_CORPUS['tunis.txt']! });
    const full = await runJob(corpus, { store: engine, tagger: tagger().tagger, full: true });
    expect(full.summary).toMatchObject({ indexed: 3, unchanged: 0 });
    expect((await engine.getArticle('tunis'))!.paragraphs.map((p) => p.id)).toEqual(tunis);
    const result = await engine.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 50 });
    expect(result.total).toBe(7);
  });

  it('keeps the previous index when a run is interrupted', async () => {
    const engine = await openEngine();
    await runJob(corpus, { store: engine, tagger: tagger().tagger });
    const fingerprints = await engine.getArticleFingerprints();
    writeFiles(corpus, { 'tunis.txt': 'date 2022-01-15 Un autre texte.' });
    const controller = new AbortController();
    controller.abort(new Error('SIGTERM'));
    await expect(
      runJob(corpus, { store: engine, tagger: tagger().tagger, full: true, signal: controller.signal }),
    ).rejects.toThrow(/interrupted/);
    expect(await engine.getArticleFingerprints()).toEqual(fingerprints);
    expect((await engine.getArticle('tunis'))!.paragraphs[0]!.text).toBe('Tunis accueille un sommet.');
  });
});

import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFilters, openSearchEngine, type SearchEngine } from '../../search/index';
import { createTagger } from '../tag/index';
import { runJob } from '../testing/job';
import { makeTempDir, writeFiles } from '../testing/temp-dir';

/*
 * The real tagger and the embedded engine: articles that spell one person differently end up with
 * one facet value, on a full run and on incremental runs alike.
 */
const tagger = createTagger();
const article = (date: string, lede: string) => `date ${date} ${lede}\n\nLa réunion s’est tenue à huis clos.\n`;
const PLAIN = article('2024-01-10', 'Le président Kais Saied a déclaré mardi que la Tunisie tiendrait ses engagements.');
const ACCENTED = article('2024-02-11', 'Le président Kaïs Saïed a déclaré mercredi que la Tunisie irait plus loin.');
const ACCENTED_AGAIN = article('2024-03-12', 'Selon Kaïs Saïed, la Tunisie ne cédera pas.');
const OTHER = article('2024-04-13', 'Le prince héritier Mohammed bin Salmane a reçu Kais Saied à Riyad, a déclaré son cabinet.');

let workspace: ReturnType<typeof makeTempDir>;
let corpus: string;
const opened: SearchEngine[] = [];

async function openEngine(name = 'data'): Promise<SearchEngine> {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir: path.join(workspace.dir, name) }, { readonly: false });
  opened.push(engine);
  return engine;
}

/** Every person value of every paragraph, by paragraph id. */
async function personsByParagraph(engine: SearchEngine): Promise<Record<string, string[]>> {
  const result = await engine.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 100 });
  return Object.fromEntries(result.hits.map((hit) => [hit.id, hit.facets.persons]));
}

async function personCounts(engine: SearchEngine): Promise<Record<string, number>> {
  return (await engine.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 1 })).facets.persons;
}

beforeEach(() => {
  workspace = makeTempDir();
  corpus = path.join(workspace.dir, 'corpus');
  mkdirSync(corpus);
});
afterEach(async () => {
  for (const engine of opened.splice(0)) await engine.close();
  workspace.cleanup();
});

describe('one spelling per person across the corpus', () => {
  it('on a full run, gives every article the spelling most articles use', async () => {
    writeFiles(corpus, { 'a.txt': PLAIN, 'b.txt': ACCENTED, 'c.txt': ACCENTED_AGAIN, 'd.txt': OTHER });
    const engine = await openEngine();
    const { events } = await runJob(corpus, { store: engine, tagger, full: true });
    expect(await personCounts(engine)).toEqual({ 'Kaïs Saïed': 4, 'Mohammed Bin Salmane': 1 });
    // What the per-article tagger wrote is kept beside the article, for the next runs.
    expect(Object.fromEntries(await engine.getArticlePersonSpellings())).toEqual({
      a: ['Kais Saied'],
      b: ['Kaïs Saïed'],
      c: ['Kaïs Saïed'],
      d: ['Kais Saied', 'Mohammed Bin Salmane'],
    });
    // The --json lines and the dry-run listing show what is sent.
    const sent = events.flatMap((e) => (e.type === 'article-indexed' ? e.article.paragraphs.flatMap((p) => p.facets.persons) : []));
    expect(new Set(sent)).toEqual(new Set(['Kaïs Saïed', 'Mohammed Bin Salmane']));
  });

  it('on incremental runs, re-sends the untouched articles whose spelling changed, and comes back when an article goes', async () => {
    writeFiles(corpus, { 'a.txt': PLAIN, 'd.txt': OTHER });
    const engine = await openEngine();
    await runJob(corpus, { store: engine, tagger });
    expect(await personCounts(engine)).toEqual({ 'Kais Saied': 2, 'Mohammed Bin Salmane': 1 });

    writeFiles(corpus, { 'b.txt': ACCENTED, 'c.txt': ACCENTED_AGAIN });
    const tie = await runJob(corpus, { store: engine, tagger });
    // Two articles each way: the accented spelling wins the tie; a and d are not re-tagged but re-sent.
    expect(tie.summary).toMatchObject({ indexed: 2, unchanged: 2, renamed: 2 });
    expect(await personCounts(engine)).toEqual({ 'Kaïs Saïed': 4, 'Mohammed Bin Salmane': 1 });

    writeFiles(corpus, { 'e.txt': PLAIN.replace('2024-01-10', '2024-05-01') });
    const majority = await runJob(corpus, { store: engine, tagger });
    expect(majority.summary).toMatchObject({ indexed: 1, unchanged: 4, renamed: 4 });
    expect(await personCounts(engine)).toEqual({ 'Kais Saied': 5, 'Mohammed Bin Salmane': 1 });

    rmSync(path.join(corpus, 'a.txt'));
    rmSync(path.join(corpus, 'e.txt'));
    const deleted = await runJob(corpus, { store: engine, tagger });
    expect(deleted.summary).toMatchObject({ deleted: 2, indexed: 0, unchanged: 3, renamed: 3 });
    expect(await personCounts(engine)).toEqual({ 'Kaïs Saïed': 3, 'Mohammed Bin Salmane': 1 });

    // The same corpus indexed whole gives the same values, paragraph by paragraph.
    const rebuilt = await openEngine('rebuilt');
    await runJob(corpus, { store: rebuilt, tagger, full: true });
    expect(await personsByParagraph(engine)).toEqual(await personsByParagraph(rebuilt));

    const quiet = await runJob(corpus, { store: engine, tagger });
    expect(quiet.summary).toMatchObject({ indexed: 0, unchanged: 3, renamed: 0 });
  });

  it('keeps the chosen spelling on the last good version of a file that went bad (--full)', async () => {
    writeFiles(corpus, { 'a.txt': PLAIN, 'b.txt': ACCENTED, 'c.txt': ACCENTED_AGAIN });
    const engine = await openEngine();
    await runJob(corpus, { store: engine, tagger });
    writeFiles(corpus, { 'b.txt': 'no date here\n', 'e.txt': PLAIN.replace('2024-01-10', '2024-05-01'), 'f.txt': PLAIN.replace('2024-01-10', '2024-06-01') });
    const run = await runJob(corpus, { store: engine, tagger, full: true });
    expect(run.failures.map((f) => f.kept)).toEqual([true]);
    expect(await personCounts(engine)).toEqual({ 'Kais Saied': 5 });
    expect((await engine.getArticlePersonSpellings()).get('b')).toEqual(['Kaïs Saïed']);
  });
});

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFilters, LIMITS, openSearchEngine } from '../search/index';
import { MAX_PARAGRAPH_CHARS } from './chunking/split-long-paragraph';
import { main } from './main';
import { makeSampleWorkspace } from './testing/job';
import { writeFiles } from './testing/temp-dir';

let dir: string;
let corpus: string;
let data: string;
let cleanup: () => void;
beforeEach(() => ({ dir, corpus, data, cleanup } = makeSampleWorkspace()));
afterEach(() => cleanup());

async function index(...flags: string[]) {
  let stderr = '';
  const code = await main(['--corpus', corpus, '--data', data, ...flags], {
    env: {},
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    signal: new AbortController().signal,
  });
  return { code, stderr, errors: stderr.split('\n').filter((line) => line.startsWith('error:')) };
}

async function readIndex<T>(read: (engine: Awaited<ReturnType<typeof openSearchEngine>>) => Promise<T>): Promise<T> {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir: data }, { readonly: true });
  try {
    return await read(engine);
  } finally {
    await engine.close();
  }
}

describe('hostile corpora', () => {
  it('keeps the last good version of a file that became bad, also with --full on the real store', async () => {
    expect((await index()).code).toBe(0);
    const before = await readIndex((engine) => engine.getArticle('tunis'));
    expect(before?.paragraphs.length).toBeGreaterThan(0);
    writeFileSync(path.join(corpus, 'tunis.txt'), Buffer.from([0x64, 0xff, 0xfe, 0x00, 0x41]));

    const full = await index('--full');
    expect(full.code).toBe(1);
    expect(full.errors).toEqual([expect.stringMatching(/tunis\.txt: .*\(previous version kept\)$/)]);
    expect(await readIndex((engine) => engine.getArticle('tunis'))).toEqual(before);
    expect((await readIndex((engine) => engine.getArticleFingerprints())).size).toBe(3);
  });

  it('lets only files of a supported format claim an article id', async () => {
    writeFiles(corpus, { 'tunis.html': '<p>x</p>', 'tunis.bak': 'x', 'maroc.txt~': 'x' });
    mkdirSync(path.join(dir, 'elsewhere'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(corpus, 'alger'));
    const { errors } = await index();
    expect(errors).not.toContainEqual(expect.stringMatching(/already has the article id/));
    expect(errors).toHaveLength(4);
    expect(errors.every((line) => /unsupported file type/.test(line))).toBe(true);
    const ids = await readIndex((engine) => engine.getArticleFingerprints());
    expect([...ids.keys()].sort()).toEqual(['alger', 'maroc', 'tunis']);
  });

  it('never prints a control character of a file name raw, nor lets a newline cut the line', async () => {
    const hostile = 'evil\u001b[2J\u001b]0;pwned\u0007\nerror: forged\u202e.txt';
    writeFiles(corpus, { [hostile]: 'pas de date ici' });
    const { stderr, errors } = await index();
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(String.raw`"${path.join(corpus, 'evil')}\u001b[2J\u001b]0;pwned\u0007\nerror: forged\u202e.txt"`);
  });

  it('refuses a link that leads outside the corpus folder unless --follow-external-links', async () => {
    writeFiles(dir, { 'secret.txt': 'date 2024-01 Le mot de passe du coffre est espadon.' });
    symlinkSync(path.join(dir, 'secret.txt'), path.join(corpus, 'fuite.txt'));
    symlinkSync(path.join(corpus, 'maroc.txt'), path.join(corpus, 'lien.txt'));
    const refused = await index();
    expect(refused.errors).toEqual([expect.stringMatching(/fuite\.txt: symbolic link to .*secret\.txt, outside the corpus folder: refused/)]);
    const ids = await readIndex((engine) => engine.getArticleFingerprints());
    expect([...ids.keys()].sort()).toEqual(['alger', 'lien', 'maroc', 'tunis']);

    const followed = await index('--follow-external-links');
    expect(followed.code).toBe(0);
    expect(await readIndex((engine) => engine.getArticleFingerprints())).toHaveProperty('size', 5);
  });

  it('indexes a 3.9 MiB single paragraph as bounded parts with stable ids; answers stay small', async () => {
    const sentence = 'Le conseil municipal s’est réuni mardi soir pour voter le budget de la commune. ';
    const paragraph = sentence.repeat(Math.ceil((3.9 * 1024 * 1024) / Buffer.byteLength(sentence)));
    writeFiles(corpus, { 'pave.txt': `date 2024-02 ${paragraph.slice(0, 3.9 * 1024 * 1024 - 20).trim()}` });
    expect((await index()).code).toBe(0);

    const article = await readIndex((engine) => engine.getArticle('pave'));
    const parts = article?.paragraphs ?? [];
    expect(parts.length).toBeGreaterThan(1000);
    expect(Math.max(...parts.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
    const result = await readIndex((engine) => engine.search({ q: 'budget commune', filters: emptyFilters(), page: 1, hitsPerPage: LIMITS.defaultHitsPerPage }));
    expect(result.total).toBeGreaterThan(1000);
    // Each hit carries its text and its highlighted text: bounded by the part size.
    expect(JSON.stringify(result).length).toBeLessThan(LIMITS.defaultHitsPerPage * 3 * MAX_PARAGRAPH_CHARS);
    const first = await readIndex((engine) => engine.getParagraph(parts[0]!.id));
    expect(JSON.stringify(first).length).toBeLessThan(2 * MAX_PARAGRAPH_CHARS);

    expect((await index('--full')).code).toBe(0);
    const again = await readIndex((engine) => engine.getArticle('pave'));
    expect(again?.paragraphs.map((p) => p.id)).toEqual(parts.map((p) => p.id));
  }, 60_000);
});

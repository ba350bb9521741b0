import { appendFileSync, cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintArticle } from './fingerprint';
import { computePipelineVersion } from './pipeline-version';
import { makeTempDir, writeFiles } from '../testing/temp-dir';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const lock = (versions: Record<string, string>) =>
  JSON.stringify({ packages: Object.fromEntries(Object.entries(versions).map(([n, v]) => [`node_modules/${n}`, { version: v }])) });

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  for (const folder of ['indexer/tag/lexicon', 'indexer/testing', 'search/french', 'tools/devset/tune']) {
    mkdirSync(path.join(dir, folder), { recursive: true });
  }
  writeFiles(dir, { 'package-lock.json': lock({ yaml: '2.9.1', vitest: '3.2.7' }) });
  writeFiles(path.join(dir, 'indexer'), { 'cli.ts': 'cli', 'cli.test.ts': 'test', 'README.md': 'notes' });
  writeFiles(path.join(dir, 'indexer/testing'), { 'job.ts': 'helper' });
  writeFiles(path.join(dir, 'indexer/tag/lexicon'), { 'places.json': '["Maroc"]' });
  writeFiles(path.join(dir, 'search/french'), { 'fold.ts': 'fold' });
  writeFiles(path.join(dir, 'tools/devset/tune'), { '00-seed.json': '{"persons":[]}' });
});
afterEach(() => cleanup());

describe('computePipelineVersion', () => {
  const version = () => computePipelineVersion(dir);

  it('changes with the indexer code, the shared French analysis, the lexicon and output packages', () => {
    const edits: [string, Record<string, string>][] = [
      ['indexer', { 'cli.ts': 'cli changed' }],
      ['search/french', { 'fold.ts': 'fold changed' }],
      ['indexer/tag/lexicon', { 'places.json': '["Maroc","Algérie"]' }],
      ['.', { 'package-lock.json': lock({ yaml: '2.9.2', vitest: '3.2.7' }) }],
    ];
    for (const [folder, files] of edits) {
      const before = version();
      expect(version()).toBe(before);
      writeFiles(path.join(dir, folder), files);
      expect(version(), folder).not.toBe(before);
    }
  });

  it('ignores dev-set annotations, tests, test helpers, notes and dev dependencies', () => {
    const before = version();
    writeFiles(path.join(dir, 'tools/devset/tune'), { '00-seed.json': '{"persons":["Benny Gantz"]}' });
    writeFiles(path.join(dir, 'indexer'), { 'cli.test.ts': 'changed test', 'README.md': 'more notes', '.cache': 'x' });
    writeFiles(path.join(dir, 'indexer/testing'), { 'job.ts': 'changed helper' });
    writeFiles(dir, { 'package-lock.json': lock({ yaml: '2.9.1', vitest: '4.0.0' }) });
    expect(version()).toBe(before);
  });

  it('on a copy of this repository, ignores dev-set annotations and tests but not the lexicon', () => {
    const copy = path.join(dir, 'copy');
    for (const item of ['indexer', 'search/french', 'tools/devset', 'package-lock.json']) {
      cpSync(path.join(REPOSITORY_ROOT, item), path.join(copy, item), { recursive: true });
    }
    const append = (file: string, text: string) => appendFileSync(path.join(copy, file), text);
    const before = computePipelineVersion(copy);
    append('tools/devset/tune/00-seed-gantz-maroc.json', '\n');
    append('indexer/ids/paragraph-ids.test.ts', '\n// edited\n');
    expect(computePipelineVersion(copy)).toBe(before);
    append('indexer/tag/lexicon/first-names.txt', '\n');
    expect(computePipelineVersion(copy)).not.toBe(before);
  });
});

describe('fingerprintArticle', () => {
  const bytes = new TextEncoder().encode('date 2021-11 Lede.');
  it('depends on the bytes, the file name and the pipeline version', () => {
    const base = fingerprintArticle('a.txt', bytes, 'v1');
    expect(fingerprintArticle('a.txt', bytes, 'v1')).toBe(base);
    expect(fingerprintArticle('a.txt', bytes, 'v2')).not.toBe(base);
    expect(fingerprintArticle('a.md', bytes, 'v1')).not.toBe(base);
    expect(fingerprintArticle('a.txt', new TextEncoder().encode('date 2021-11 Lede!'), 'v1')).not.toBe(base);
  });
});

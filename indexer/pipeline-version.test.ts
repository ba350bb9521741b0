import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintArticle } from './fingerprint';
import { computePipelineVersion } from './pipeline-version';
import { makeTempDir, writeFiles } from './testing/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  mkdirSync(path.join(dir, 'tag'));
  writeFiles(dir, { 'run.ts': 'code', 'lock.json': '{}' });
  writeFiles(path.join(dir, 'tag'), { 'lexicon.json': '["Gantz"]', 'tag.test.ts': 'test' });
});
afterEach(() => cleanup());

describe('computePipelineVersion', () => {
  const version = () => computePipelineVersion([dir, path.join(dir, 'absent.json')]);

  it('is stable and changes when tagger data changes', () => {
    const before = version();
    expect(version()).toBe(before);
    writeFiles(path.join(dir, 'tag'), { 'lexicon.json': '["Gantz","Saïed"]' });
    expect(version()).not.toBe(before);
  });

  it('ignores tests and hidden files', () => {
    const before = version();
    writeFiles(path.join(dir, 'tag'), { 'tag.test.ts': 'changed test', '.cache': 'x' });
    expect(version()).toBe(before);
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

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInputFiles, buildInputsHash } from './build-inputs';
import { forgetBuild, isBuildCurrent, recordBuild } from './standalone';

describe('build inputs', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'paragraphe-start-'));
    write('package-lock.json', '{}');
    write('next.config.js', 'export default {};');
    write('app/page.tsx', 'export default 1;');
    write('search/index.ts', 'export {};');
    write('corpus/a.txt', 'date 2021-01 x');
    write('README.md', '# x');
    write('node_modules/x/index.js', '');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists the sources and root config, not the corpus, docs or dependencies', () => {
    expect(buildInputFiles(root)).toEqual(['app/page.tsx', 'next.config.js', 'package-lock.json', 'search/index.ts']);
  });

  it('changes with a source, a lock file or a NEXT_PUBLIC_ variable; not with the corpus', () => {
    const before = buildInputsHash(root, {});
    write('corpus/a.txt', 'date 2021-01 changed');
    write('README.md', '# changed');
    expect(buildInputsHash(root, { PORT: '4000' })).toBe(before);
    expect(buildInputsHash(root, { NEXT_PUBLIC_X: '1' })).not.toBe(before);
    write('app/page.tsx', 'export default 2;');
    const edited = buildInputsHash(root, {});
    expect(edited).not.toBe(before);
    write('package-lock.json', '{"a":1}');
    expect(buildInputsHash(root, {})).not.toBe(edited);
  });

  it('a build is current only with its server present and the same inputs recorded', () => {
    const hash = buildInputsHash(root, {});
    recordBuild(root, hash);
    expect(isBuildCurrent(root, hash)).toBe(false);
    write('.next/standalone/server.js', '');
    expect(isBuildCurrent(root, hash)).toBe(true);
    expect(isBuildCurrent(root, 'other')).toBe(false);
    forgetBuild(root);
    expect(isBuildCurrent(root, hash)).toBe(false);
  });
});

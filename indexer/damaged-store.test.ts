import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main';
import { SAMPLE_CORPUS } from './testing/job';
import { makeTempDir, writeFiles } from './testing/temp-dir';

const temp = { dir: '', cleanup: () => undefined as void };
const corpus = () => path.join(temp.dir, 'corpus');
const data = () => path.join(temp.dir, 'data');

async function runIndex(...args: string[]) {
  let stderr = '';
  const code = await main(['--corpus', corpus(), '--data', data(), ...args], {
    env: {},
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    signal: new AbortController().signal,
  });
  return { code, stderr };
}

const store = () => path.join(data(), 'paragraphe.sqlite');

/** Garbage over the store's second half, as a failing disk or a bad copy leaves it. */
function damageStore(): void {
  const size = statSync(store()).size;
  const fd = openSync(store(), 'r+');
  try {
    writeSync(fd, Buffer.alloc(size / 2, 0x5a), 0, size / 2, size / 2);
  } finally {
    closeSync(fd);
  }
}

beforeEach(() => {
  Object.assign(temp, makeTempDir());
  mkdirSync(corpus());
  writeFiles(corpus(), SAMPLE_CORPUS);
});
afterEach(() => temp.cleanup());

describe('npm run index over a damaged store', () => {
  it('fails when no file changed, and --full rebuilds a sound store', async () => {
    expect((await runIndex()).code).toBe(0);
    damageStore();

    const refused = await runIndex();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/fatal: the index at .* is damaged .*npm run index -- --full/);

    const repaired = await runIndex('--full');
    expect(repaired.stderr).not.toMatch(/fatal/);
    expect(repaired.code).toBe(0);
    const db = new Database(store(), { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(Object.keys(SAMPLE_CORPUS).length);
    db.close();
    expect((await runIndex()).code).toBe(0);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSearchEngine } from '../search/index';
import { makeSampleWorkspace } from './testing/job';
import { writeFiles } from './testing/temp-dir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = 3000;

/** A hung run is killed after this long (its exit code is then null), so a test fails instead of hanging. */
const HANG_GUARD_MS = 60_000;

/** Runs the CLI; when `killOn` matches a stderr line, sends `signal`. */
function runCli(args: string[], kill?: { on: RegExp; signal: NodeJS.Signals }) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    // One process (no npx/tsx wrapper), so the signal reaches the indexer itself.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'indexer/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, MEILI_URL: '', PARAGRAPHE_DATA: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let sent = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), HANG_GUARD_MS);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (kill && !sent && kill.on.test(stderr)) {
        sent = true;
        child.kill(kill.signal);
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stderr });
    });
  });
}

let corpus: string;
let data: string;
let cleanup: () => void;
beforeEach(() => ({ corpus, data, cleanup } = makeSampleWorkspace()));
afterEach(() => cleanup());

async function fingerprints() {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir: data }, { readonly: true });
  try {
    return await engine.getArticleFingerprints();
  } finally {
    await engine.close();
  }
}

function addManyArticles() {
  const files: Record<string, string> = {};
  for (let i = 0; i < ARTICLES; i++) {
    files[`gros_${i}.txt`] =
      `date 2022-05 Le conseil municipal de la commune numéro ${i} s’est réuni mardi soir.\n\n` +
      'Les élus ont voté le budget après un long débat sur les travaux de voirie et les écoles.\n';
  }
  writeFiles(corpus, files);
}

describe('interrupting the CLI', () => {
  it('leaves the previous index serving after SIGKILL mid-run', async () => {
    const first = await runCli(['--corpus', corpus, '--data', data]);
    expect(first.code).toBe(0);
    const before = await fingerprints();
    expect(before.size).toBe(3);

    addManyArticles();
    const killed = await runCli(['--corpus', corpus, '--data', data, '--full'], { on: /indexing: [1-9]\d?%/, signal: 'SIGKILL' });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stderr).not.toMatch(/^done:/m);
    expect(await fingerprints()).toEqual(before);

    const resumed = await runCli(['--corpus', corpus, '--data', data]);
    expect(resumed.code).toBe(0);
    expect((await fingerprints()).size).toBe(3 + ARTICLES);
  });

  it('aborts cleanly on SIGINT: exit 1, nothing written', async () => {
    expect((await runCli(['--corpus', corpus, '--data', data])).code).toBe(0);
    const before = await fingerprints();
    addManyArticles();
    const stopped = await runCli(['--corpus', corpus, '--data', data], { on: /indexing: [1-9]\d?%/, signal: 'SIGINT' });
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/fatal: indexing interrupted .*; the index was not changed/);
    expect(await fingerprints()).toEqual(before);
  });

  it('never blocks on a FIFO in the corpus: reports it, and SIGTERM still ends the run', async () => {
    expect(spawnSync('mkfifo', [path.join(corpus, 'aaa.txt')]).status).toBe(0);
    const done = await runCli(['--corpus', corpus, '--data', data]);
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(/^error: .*aaa\.txt: not a regular file$/m);
    expect((await fingerprints()).size).toBe(3);

    addManyArticles();
    const stopped = await runCli(['--corpus', corpus, '--data', data, '--full'], { on: /^indexing /m, signal: 'SIGTERM' });
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/fatal: indexing interrupted \(received SIGTERM\); the index was not changed/);
  }, 3 * HANG_GUARD_MS);
});

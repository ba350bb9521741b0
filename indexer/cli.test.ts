import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main';
import { makeTempDir, writeFiles } from './testing/temp-dir';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = '000_69bc718e9d0fab21';

function runCli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync('npx', ['tsx', path.join(ROOT, 'indexer/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, MEILI_URL: '', PARAGRAPHE_DATA: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in-process: what `cli.ts` runs, with its streams captured. */
async function runMain(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('npm run index (the cli.ts process)', () => {
  it('prints one JSON object per paragraph, writes nothing, reports bad files and exits 1', () => {
    const corpus = path.join(dir, 'corpus');
    const data = path.join(dir, 'data');
    mkdirSync(corpus);
    copyFileSync(path.join(ROOT, 'corpus', `${SEED}.txt`), path.join(corpus, `${SEED}.txt`));
    writeFiles(corpus, {
      'rabat.md': '---\ntitle: Rabat\ndate: 2021-12-01\n---\nLe lede à Rabat.\n\n## Suite\n\nUn paragraphe.',
      'sans-date.txt': 'Un article sans date.',
    });

    const { code, stdout, stderr } = runCli(['--corpus', corpus, '--data', data, '--dry-run', '--json']);
    expect(code).toBe(1);
    expect(existsSync(data)).toBe(false);

    const lines = stdout.trim().split('\n');
    const objects = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(['id', 'article', 'position', 'section', 'text', 'date', 'persons', 'countries']);
    }
    expect(objects.map((o) => [o.article, o.position, o.section, o.date])).toEqual([
      [SEED, 1, null, '2021-11'],
      [SEED, 2, null, '2021-11'],
      [SEED, 3, 'Un accord de coopération sécuritaire', '2021-11'],
      [SEED, 4, 'Un accord de coopération sécuritaire', '2021-11'],
      ['rabat', 1, null, '2021-12-01'],
      ['rabat', 2, 'Suite', '2021-12-01'],
    ]);
    expect(objects.map((o) => [o.persons, o.countries]).slice(0, 4)).toEqual([
      [['Benny Gantz'], ['IL', 'MA']],
      [['Benny Gantz'], ['DZ', 'IL', 'MA']],
      [['Abdellatif Loudiyi', 'Benny Gantz'], ['IL', 'MA']],
      [['Benny Gantz', 'Hassan II', 'Mohammed V'], ['IL', 'MA']],
    ]);

    const errorLines = stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errorLines).toEqual([expect.stringMatching(/^error: .*sans-date\.txt: missing date/)]);
    expect(stderr).toMatch(/done: 3 files; 2 articles indexed \(6 paragraphs\), 0 unchanged \(skipped\), 0 deleted, 1 failed/);
  });

});

describe('npm run index in-process', () => {
  it('exits 0 with --allow-file-errors when only files failed, still reporting them', async () => {
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    copyFileSync(path.join(ROOT, 'corpus', `${SEED}.txt`), path.join(corpus, `${SEED}.txt`));
    writeFiles(corpus, { 'sans-date.txt': 'Un article sans date.' });

    const { code, stderr } = await runMain(['--corpus', corpus, '--data', path.join(dir, 'data'), '--allow-file-errors']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^error: .*sans-date\.txt: missing date/m);
    expect(stderr).toMatch(/1 file\(s\) failed/);
    expect(existsSync(path.join(dir, 'data', 'paragraphe.sqlite'))).toBe(true);
  });

  it('gives the same ids on a second run', async () => {
    writeFiles(dir, { 'a.txt': 'date 2021-11 Un lede.\n\nUn paragraphe.' });
    const first = await runMain(['--corpus', dir, '--dry-run', '--json']);
    const second = await runMain(['--corpus', dir, '--dry-run', '--json']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('flags and configuration', () => {
  it('prints the usage with --help and exits 0', async () => {
    const { code, stdout } = await runMain(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run index/);
  });

  it('refuses an unknown flag or engine with the usage', async () => {
    const unknown = await runMain(['--corpuss', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--corpuss/);
    expect(unknown.stderr).toMatch(/usage: npm run index/);
    const engine = await runMain(['--engine', 'elastic', '--dry-run']);
    expect(engine.code).toBe(2);
    expect(engine.stderr).toMatch(/--engine/);
  });

  it('stops at once on a bad environment, naming the variable', async () => {
    const { code, stderr } = await runMain(['--corpus', dir, '--dry-run'], { MEILI_URL: 'ftp://nowhere' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/MEILI_URL/);
  });

  it('needs the admin key for meilisearch', async () => {
    const { code, stderr } = await runMain(['--corpus', dir, '--engine', 'meilisearch'], { MEILI_ADMIN_KEY: '', MEILI_URL: 'http://127.0.0.1:7700' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/MEILI_ADMIN_KEY/);
  });

  it('fails clearly when the corpus folder is missing', async () => {
    const { code, stderr } = await runMain(['--corpus', path.join(dir, 'absent'), '--dry-run']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot list corpus folder .*absent/);
  });
});

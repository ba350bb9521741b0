import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_PARAGRAPHS, CONTRACT_ARTICLES, makeQuery, seedEngine } from '../contract/index';
import type { SearchEngine } from '../engine';
import { openEmbeddedEngine } from './index';

const KILLED_WRITER = path.join(import.meta.dirname, 'testing', 'killed-writer.ts');

/** Runs the killed-writer script until it reports a half-written rebuild, then SIGKILLs it. */
function killWriterMidway(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', KILLED_WRITER, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('half-written')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && stderr === '') resolve();
      else reject(new Error(`killed-writer ended unexpectedly (${String(signal)}): ${stderr}`));
    });
  });
}

describe('embedded engine: a writer and readers in separate connections', () => {
  let dataDir: string;
  const opened: SearchEngine[] = [];
  const open = async (readonly: boolean) => {
    const engine = await openEmbeddedEngine({ dataDir, readonly });
    opened.push(engine);
    return engine;
  };

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-concurrency-'));
  });
  afterEach(async () => {
    for (const engine of opened.splice(0)) await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows readers the previous index until the commit, then the new one', async () => {
    const writerEngine = await open(false);
    await seedEngine(writerEngine, CONTRACT_ARTICLES);
    const reader = await open(true);
    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);

    const writer = await writerEngine.beginWrite({ replaceAll: true });
    await writer.putArticle(CONTRACT_ARTICLES[3]!);
    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);
    expect((await reader.search(makeQuery('Biden'))).total).toBe(2);

    await writer.commit();
    expect((await reader.search(makeQuery(''))).total).toBe(1);
    expect((await reader.search(makeQuery('Biden'))).total).toBe(0);
    expect((await reader.search(makeQuery(''))).facets.countries).toEqual({});
  });

  it('keeps the last good index serving when the indexer is killed mid-write', async () => {
    const first = await open(false);
    await seedEngine(first, CONTRACT_ARTICLES);
    await first.close();
    const reader = await open(true);
    expect((await reader.search(makeQuery('armée'))).total).toBe(1);

    await killWriterMidway(dataDir);

    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);
    expect((await reader.getArticleFingerprints()).get('cinema')).toBe('fp-cinema-1');
    const fresh = await open(true);
    expect((await fresh.search(makeQuery('armée'))).total).toBe(1);
    const nextWriter = await open(false);
    await seedEngine(nextWriter, [CONTRACT_ARTICLES[3]!]);
    expect((await reader.search(makeQuery(''))).total).toBe(1);
  });

  it('refuses writes on a read-only engine and serves an empty index after an empty first run', async () => {
    await seedEngine(await open(false), []);
    const reader = await open(true);
    expect((await reader.search(makeQuery('défense'))).total).toBe(0);
    expect((await reader.search(makeQuery(''))).total).toBe(0);
    await expect(reader.beginWrite({ replaceAll: true })).rejects.toThrow(/read-only/);
  });

  it('refuses a second write session in the same process', async () => {
    const engine = await open(false);
    const writer = await engine.beginWrite({ replaceAll: false });
    await expect(engine.beginWrite({ replaceAll: false })).rejects.toThrow(/already open/);
    await writer.abort();
    const again = await engine.beginWrite({ replaceAll: false });
    await again.commit();
  });
});

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { clusterLauncher } from './standalone';

const launcher = clusterLauncher(path.resolve(import.meta.dirname, '..'));

// Stands in for Next's standalone server: answers every request with the pid of its process.
const STUB_SERVER = `
const http = require('node:http');
http.createServer((req, res) => res.end(String(process.pid))).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** One request on a fresh connection (so the cluster may hand it to any worker). */
function request(port: number, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: '/', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    // A connection handed to a worker at the moment it is killed is never answered.
    req.setTimeout(2_000, () => req.destroy(new Error('no answer within 2 s')));
    req.end();
  });
}

async function pidsServing(port: number, requests = 12): Promise<Set<string>> {
  const pids = new Set<string>();
  for (let i = 0; i < requests; i++) pids.add((await request(port)).body);
  return pids;
}

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('start/cluster.cjs', () => {
  let dir: string;
  let primary: ChildProcess | undefined;

  afterEach(() => {
    if (primary && primary.exitCode === null) primary.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves one port with several processes, replaces a dead one, answers 405 to TRACE and stops on SIGTERM', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-cluster-'));
    const server = path.join(dir, 'server.js');
    writeFileSync(server, STUB_SERVER);
    const port = await freePort();
    const proc = spawn(process.execPath, [launcher, server], {
      env: { ...process.env, PORT: String(port), WEB_CONCURRENCY: '2' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    primary = proc;
    let log = '';
    proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    onTestFailed(() => console.error(`cluster stderr:\n${log}`));

    const first = await until(async () => {
      const pids = await pidsServing(port);
      return pids.size === 2 ? pids : undefined;
    }, 'two workers');
    expect((await request(port, 'TRACE')).status).toBe(405);

    const [victim] = [...first];
    process.kill(Number(victim), 'SIGKILL');
    const after = await until(async () => {
      const pids = await pidsServing(port);
      return pids.size === 2 && !pids.has(victim!) ? pids : undefined;
    }, 'a replacement worker');
    expect([...after].filter((pid) => first.has(pid))).toHaveLength(1);

    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(request(port)).rejects.toThrow();
  }, 60_000);

  it("runs every worker with the reader's memory flag (a young generation capped at 2 MB semi-spaces)", async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-cluster-'));
    const server = path.join(dir, 'server.js');
    writeFileSync(
      server,
      `require('node:http').createServer((req, res) => res.end(JSON.stringify(process.execArgv))).listen(Number(process.env.PORT), '127.0.0.1');`,
    );
    const port = await freePort();
    primary = spawn(process.execPath, [launcher, server], {
      env: { ...process.env, PORT: String(port), WEB_CONCURRENCY: '1' },
      stdio: 'ignore',
    });
    const flags = await until(async () => JSON.parse((await request(port)).body) as string[], 'a worker');
    expect(flags).toContain('--max-semi-space-size=2');
  }, 60_000);

  it('stops at once when WEB_CONCURRENCY is not a usable number, naming it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-cluster-'));
    const result = spawnSync(process.execPath, [launcher, path.join(dir, 'server.js')], {
      env: { ...process.env, WEB_CONCURRENCY: 'lots' },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('WEB_CONCURRENCY');
  });
});

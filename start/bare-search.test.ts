import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PRELOAD = path.join(import.meta.dirname, 'bare-search.cjs');

// Stands in for Next: answers "next" to what reaches it. `/register` and `/fail` set the answer
// function the route module would register (echoing the query, or failing).
const SERVER = `
const SLOT = Symbol.for('paragraphe.web.bare-search');
const big = 'x'.repeat(4000);
require('node:http').createServer((req, res) => {
  if (req.url === '/register') globalThis[SLOT] = async (query) => ({
    status: query.includes('bad') ? 400 : 200,
    headers: { 'content-type': 'application/json', 'x-from': 'bare' },
    body: JSON.stringify({ query, pad: query.includes('big') ? big : '' }),
  });
  if (req.url === '/fail') globalThis[SLOT] = async () => { throw new Error('bug'); };
  res.end('next');
}).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });
`;

let server: ChildProcess;
let port: number;

function send(target: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.setTimeout(5_000, () => req.destroy(new Error('no answer within 5 s')));
    req.end();
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, ['--require', PRELOAD, '-e', SERVER], { stdio: ['ignore', 'pipe', 'ignore'] });
  const [line] = (await once(server.stdout!, 'data')) as [Buffer];
  port = Number(line.toString().trim());
});

afterAll(() => {
  server.kill();
});

describe('start/bare-search.cjs', () => {
  it('leaves every request to Next until the route has registered, then answers GET /api/search itself', async () => {
    expect((await send('/api/search?q=maroc')).body).toBe('next');
    await send('/register');
    const answer = await send('/api/search?q=maroc&page=2');
    expect(answer.status).toBe(200);
    expect(answer.headers['x-from']).toBe('bare');
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(answer.body)));
    expect(JSON.parse(answer.body)).toEqual({ query: 'q=maroc&page=2', pad: '' });
    expect(JSON.parse((await send('/api/search')).body)).toEqual({ query: '', pad: '' });
    expect((await send('/api/search?q=bad')).status).toBe(400);
  });

  it('hands Next the other methods and paths', async () => {
    await send('/register');
    for (const [method, target] of [
      ['POST', '/api/search?q=x'],
      ['HEAD', '/api/search?q=x'],
      ['GET', '/api/search/?q=x'],
      ['GET', '/api/searches?q=x'],
      ['GET', '/api/facets?facet=persons&text=x'],
      ['GET', '/?q=x'],
    ] as const) {
      const answer = await send(target, method);
      expect(answer.headers['x-from'], `${method} ${target}`).toBeUndefined();
      if (method !== 'HEAD') expect(answer.body, `${method} ${target}`).toBe('next');
    }
  });

  it('compresses as Next does when the client accepts it', async () => {
    await send('/register');
    const big = await send('/api/search?q=big', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(big.body)).toMatchObject({ query: 'q=big' });
    expect((await send('/api/search?q=big')).headers['content-encoding']).toBeUndefined();
  });

  it('hands Next a search its answer function failed on', async () => {
    await send('/fail');
    expect((await send('/api/search?q=maroc')).body).toBe('next');
  });
});

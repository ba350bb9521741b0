import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { startSecondServer } from './second-server';

// The same build and store served twice, as `npm start` serves: `/api/search` answered by the
// bare node:http handler on one, by Next's route on the other. Their answers must not differ.
let root: string;
let bare: { baseURL: string; stop: () => void } | undefined;
let next: { baseURL: string; stop: () => void } | undefined;

// Differ by connection or by time, not by what was answered. Next gzips every answer; the bare
// handler (the same middleware, given the length) leaves those under 1 kB as they are.
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'vary', 'content-encoding']);

interface Answer {
  status: number;
  headers: Record<string, string>;
  vary: string;
  encoding: string | undefined;
  bytes: number;
  body: unknown;
}

function send(baseURL: string, target: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { 'Accept-Encoding': 'gzip', Accept: 'application/json' };
    // A connection per request, so concurrent ones queue in the server, not in the client.
    const req = httpRequest(new URL(target, baseURL), { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        const isJson = text !== '' && res.headers['content-type']?.startsWith('application/json');
        const json = isJson ? (JSON.parse(text) as Record<string, unknown>) : null;
        // The engine's own timing is the one field two runs of the same search may differ in.
        if (json && 'took_ms' in json) json.took_ms = 0;
        const body = json ?? text;
        resolve({
          status: res.statusCode ?? 0,
          headers: comparable(res.headers),
          vary: String(res.headers.vary ?? ''),
          encoding: res.headers['content-encoding'],
          bytes: text.length,
          body,
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** What both paths must agree on. */
const answered = ({ status, headers, body }: Answer) => ({ status, headers, body });

function comparable(headers: IncomingHttpHeaders): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !TRANSPORT_HEADERS.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  root = mkdtempSync(path.join(tmpdir(), 'paragraphe-e2e-bare-'));
  const data = path.join(root, 'data');
  execFileSync('node_modules/.bin/tsx', ['indexer/cli.ts', '--corpus', 'e2e/corpus', '--data', data, '--full'], { stdio: 'ignore' });
  [bare, next] = await Promise.all([startSecondServer(data, { bareSearch: true }), startSecondServer(data, { bareSearch: false })]);
});

test.afterAll(() => {
  bare?.stop();
  next?.stop();
  rmSync(root, { recursive: true, force: true });
});

test('a full admission queue answers 503 with Retry-After on both paths, whoever made the queue', async () => {
  // A page searches first, so the admission of each process is made by the pages' copy of the app's modules.
  for (const server of [bare!, next!]) expect((await send(server.baseURL, '/?q=de-la-le-les-du-des')).status).toBe(200);
  // Expensive by shape (7 parts): they run one at a time, each followed by a rest, so 120 sent at
  // once overflow the queue of 32 unless the machine spreads their arrival: a few rounds at most.
  const overflow = async (baseURL: string) => {
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(
        Array.from({ length: 120 }, (_, i) => send(baseURL, `/api/search?q=${encodeURIComponent(`de-la-le-les-du-des ${round}${i}`)}`)),
      );
      // Never a 500: before error classes matched across copies, a full queue made by a page answered 500.
      expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 503)).toEqual([]);
      const refused = answers.find((answer) => answer.status === 503);
      if (refused) return refused;
    }
    return undefined;
  };
  const fromBare = await overflow(bare!.baseURL);
  const fromNext = await overflow(next!.baseURL);
  expect(fromBare && fromNext).toBeDefined();
  expect(fromBare!.headers['retry-after']).toBe('1');
  expect(fromBare!.body).toMatchObject({ error: 'query_too_expensive' });
  expect(answered(fromBare!)).toEqual(answered(fromNext!));
});

test('the bare handler answers /api/search as Next does: status, headers and JSON', async () => {
  const targets = [
    '/api/search',
    '/api/search?q=Tebboune',
    '/api/search?q=Maroc&page=2',
    '/api/search?q=gaz&country=DZ&sort=recent&from=2020',
    '/api/search?q=tebbounne',
    '/api/search?q=%22mot%20introuvable%22',
    // 400s: a bad page, a repeated parameter, a bad facet value, a control character
    '/api/search?page=0',
    '/api/search?q=a&q=b',
    '/api/search?country=xyz',
    '/api/search?q=%01',
  ];
  for (const target of targets) {
    const [fromBare, fromNext] = await Promise.all([send(bare!.baseURL, target), send(next!.baseURL, target)]);
    expect(answered(fromBare), target).toEqual(answered(fromNext));
    if (fromBare.bytes > 1024) expect(fromBare.encoding, target).toBe('gzip');
    // Next's `Vary` names its router headers: the bare handler's does not, so it answered.
    expect(fromBare.vary, target).toBe('Accept-Encoding');
    expect(fromNext.vary, target).toMatch(/^rsc, .*Accept-Encoding$/);
  }
  expect((await send(bare!.baseURL, '/api/search?page=0')).status).toBe(400);
});

test('other methods and paths still reach Next: 405, HEAD and the trailing slash alike', async () => {
  for (const [target, method] of [
    ['/api/search?q=Maroc', 'POST'],
    ['/api/search?q=Maroc', 'HEAD'],
    ['/api/search/?q=Maroc', 'GET'],
  ] as const) {
    const [fromBare, fromNext] = await Promise.all([send(bare!.baseURL, target, method), send(next!.baseURL, target, method)]);
    expect(answered(fromBare), `${method} ${target}`).toEqual(answered(fromNext));
  }
  expect((await send(bare!.baseURL, '/api/search?q=Maroc', 'POST')).status).toBe(405);
});

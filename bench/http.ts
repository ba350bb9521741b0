import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { emptyFilters, openSearchEngine, VALUE_FACETS } from '../search/index';
import { createRandom, DEFAULT_CORPUS_PATH, loadFrenchParagraphs, toBenchArticles } from './corpus';
import { BenchHttpClient } from './http-client';
import { percentiles, type Percentiles } from './percentiles';
import { processTreeCpuMs } from './process-cpu';

/** The web app's performance targets. */
export const HTTP_TARGETS = { p95MsAt8: 30, firstLoadJsKbGzip: 150 };
export const DEFAULT_CONCURRENCY = [1, 8, 32] as const;
const PROJECT_DIR = path.resolve(import.meta.dirname, '..');
const READY_TIMEOUT_MS = 60_000;

export class HttpBenchError extends Error {
  override name = 'HttpBenchError';
}

export interface HttpBenchOptions {
  /** Embedded store the app serves (PARAGRAPHE_DATA). */
  dataDir: string;
  /** An app already running on that store; otherwise `next start` is launched on loopback. */
  baseUrl?: string;
  /** Serve as `npm start` does (`start/cluster.cjs`) instead of with one `next start`. */
  serving?: Serving;
  concurrency?: readonly number[];
  /** Timed requests per concurrency level (bounded; default 400). */
  requestsPerLevel?: number;
  log?: (line: string) => void;
}


/** How `start/cluster.cjs` serves: its number of processes, and who answers `/api/search`. */
export interface Serving {
  processes: number;
  /** Next's route instead of the bare `node:http` handler (`PARAGRAPHE_BARE_SEARCH=0`). */
  nextApi?: boolean;
}

export interface FirstLoadJs {
  files: number;
  rawKb: number;
  gzipKb: number;
}

export interface HttpBenchResult {
  paragraphs: number;
  requestsPerLevel: number;
  levels: {
    concurrency: number;
    latency: Percentiles;
    /** The engine's own `took_ms` for the same requests: the rest is HTTP, Next and waiting. */
    engine: Percentiles;
    requestsPerSecond: number;
    /** CPU the bench's own client spent per request: it shares the cores with the server. */
    clientCpuMsPerRequest: number;
    /** CPU the server's processes spent per request (all threads; NaN without /proc). */
    serverCpuMsPerRequest: number;
    /** Cores the server used on average while the level ran. */
    serverCores: number;
    errors: number;
  }[];
  firstLoadJs: FirstLoadJs;
}


/**
 * `/api/search` URLs drawn from the store itself (words of its newest paragraphs, its most
 * frequent facet values), so they hit real words: single and two-word queries, filtered
 * queries, a second page, and the empty query.
 */
export async function sampleRequests(dataDir: string, total: number, seed = 42): Promise<{ urls: string[]; paragraphs: number }> {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: true });
  try {
    const latest = await engine.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 100 });
    const words = [
      ...new Set(latest.hits.flatMap((h) => h.text.match(/\p{L}{5,}/gu) ?? []).map((w) => w.toLowerCase())),
    ];
    const top = (counts: Record<string, number>) =>
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([value]) => value);
    const facetValues = VALUE_FACETS.map((f) => ({ param: f.param, values: top(latest.facets[f.name]) }));
    if (words.length === 0) throw new HttpBenchError(`no words to query in ${dataDir}`);
    const random = createRandom(seed);
    const pick = <T>(values: readonly T[]): T | undefined => values[Math.floor(random() * values.length)];
    const urls = Array.from({ length: total }, () => {
      const params = new URLSearchParams();
      const roll = random();
      params.set('q', roll < 0.75 ? pick(words)! : `${pick(words)} ${pick(words)}`);
      if (roll < 0.05) params.delete('q');
      // The first facet of the registry in 10% of requests, the next in 20%…
      facetValues.forEach(({ param, values }, k) => {
        const value = pick(values);
        if (roll > 0.9 - 0.1 * k && value) params.append(param, value);
      });
      if (roll > 0.6 && roll < 0.65) params.set('page', '2');
      return `/api/search?${params.toString()}`;
    });
    return { urls, paragraphs: latest.total };
  } finally {
    await engine.close();
  }
}

async function timeRequest(client: BenchHttpClient, url: string): Promise<{ ms: number; ok: boolean; tookMs: number }> {
  const started = performance.now();
  try {
    const { status, tookMs } = await client.request(url);
    return { ms: performance.now() - started, ok: status === 200, tookMs };
  } catch {
    return { ms: performance.now() - started, ok: false, tookMs: NaN };
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Latency of `urls` with `concurrency` clients, each sending its next request on an answer; with
 * `serverPid`, also the CPU that server process and its workers spent.
 */
export async function measureLatency(baseUrl: string, urls: readonly string[], concurrency: number, serverPid?: number) {
  const samples: number[] = [];
  const engineSamples: number[] = [];
  let errors = 0;
  let next = 0;
  const http = new BenchHttpClient();
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const serverCpuAtStart = serverPid === undefined ? NaN : processTreeCpuMs(serverPid);
  const client = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const { ms, ok, tookMs } = await timeRequest(http, `${baseUrl}${url}`);
      if (ok) samples.push(ms);
      else errors++;
      if (Number.isFinite(tookMs)) engineSamples.push(tookMs);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  const serverCpuMs = serverPid === undefined ? NaN : processTreeCpuMs(serverPid) - serverCpuAtStart;
  http.close();
  return {
    latency: percentiles(samples),
    engine: percentiles(engineSamples),
    requestsPerSecond: Math.round(urls.length / seconds),
    clientCpuMsPerRequest: round2((cpu.user + cpu.system) / 1000 / Math.max(1, urls.length)),
    serverCpuMsPerRequest: round2(serverCpuMs / Math.max(1, urls.length)),
    serverCores: round2(serverCpuMs / 1000 / seconds),
    errors,
  };
}

/**
 * First-load JavaScript of a page: every module `<script src>` of its server-rendered HTML, read from
 * the build output (`.next/static`) when there, else fetched, and gzipped as a server would.
 */
export async function measureFirstLoadJs(baseUrl: string, page = '/', nextDir = path.join(PROJECT_DIR, '.next')): Promise<FirstLoadJs> {
  const html = await (await fetch(`${baseUrl}${page}`)).text();
  // `nomodule` scripts are the legacy polyfills: modern browsers never download them.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const pathname = new URL(src, baseUrl).pathname;
    const local = pathname.startsWith('/_next/static/')
      ? path.join(nextDir, 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)))
      : null;
    const bytes =
      local && existsSync(local)
        ? readFileSync(local)
        : Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return { files: sources.length, rawKb: kb(raw), gzipKb: kb(gzip) };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new HttpBenchError('no port'))));
    });
  });
}

/**
 * The app on a free loopback port serving `dataDir`: `next start` (one process), or with
 * `serving` the standalone build under `start/cluster.cjs`, as `npm start` serves it.
 */
export async function startApp(dataDir: string, serving?: Serving): Promise<{ baseUrl: string; pid: number; stop: () => void }> {
  if (!existsSync(path.join(PROJECT_DIR, '.next', 'BUILD_ID'))) {
    throw new HttpBenchError('no production build: run `npx next build` first');
  }
  const port = await findFreePort();
  const env = { ...process.env, PARAGRAPHE_DATA: dataDir, MEILI_URL: '', NEXT_TELEMETRY_DISABLED: '1' };
  const standalone = path.join(PROJECT_DIR, '.next', 'standalone', 'server.js');
  if (serving && !existsSync(standalone)) throw new HttpBenchError('no standalone build: run `npx next build` first');
  const child: ChildProcess =
    serving === undefined
      ? spawn(path.join(PROJECT_DIR, 'node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: PROJECT_DIR, env, stdio: 'ignore' })
      : spawn(process.execPath, [path.join(PROJECT_DIR, 'start', 'cluster.cjs'), standalone], {
          cwd: PROJECT_DIR,
          env: {
            ...env,
            HOSTNAME: '127.0.0.1',
            PORT: String(port),
            WEB_CONCURRENCY: String(serving.processes),
            PARAGRAPHE_BARE_SEARCH: serving.nextApi ? '0' : '1',
          },
          stdio: 'ignore',
        });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => void child.kill('SIGTERM');
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new HttpBenchError(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/search`)).ok) return { baseUrl, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new HttpBenchError(`the app did not answer on ${baseUrl} within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Latency of `/api/search` at each concurrency level, then the search page's first-load JS. */
export async function runHttpBench(options: HttpBenchOptions): Promise<HttpBenchResult> {
  const log = options.log ?? (() => undefined);
  const requestsPerLevel = options.requestsPerLevel ?? 400;
  const levels = options.concurrency ?? DEFAULT_CONCURRENCY;
  const { urls, paragraphs } = await sampleRequests(options.dataDir, requestsPerLevel * (levels.length + 1));
  const app = options.baseUrl ? { baseUrl: options.baseUrl, pid: undefined, stop: () => undefined } : await startApp(options.dataDir, options.serving);
  try {
    log(`http bench: ${app.baseUrl}, ${paragraphs} paragraphs, ${requestsPerLevel} requests per level`);
    await measureLatency(app.baseUrl, urls.slice(0, Math.min(100, requestsPerLevel)), 4); // warm-up
    const results: HttpBenchResult['levels'] = [];
    for (const [i, concurrency] of levels.entries()) {
      const slice = urls.slice((i + 1) * requestsPerLevel, (i + 2) * requestsPerLevel);
      const measured = await measureLatency(app.baseUrl, slice, concurrency, app.pid);
      log(`http bench: ${concurrency} clients → p95 ${measured.latency.p95} ms`);
      results.push({ concurrency, ...measured });
    }
    return { paragraphs, requestsPerLevel, levels: results, firstLoadJs: await measureFirstLoadJs(app.baseUrl) };
  } finally {
    app.stop();
  }
}

/** The result as a Markdown table, with the targets beside the figures. */
export function formatHttpBench(r: HttpBenchResult): string {
  return [
    `Web app over HTTP (loopback; the client: node:http, kept-alive connections), ${r.paragraphs.toLocaleString('en')} paragraphs, ${r.requestsPerLevel} requests per level`,
    '',
    '| clients | p50 ms | p95 ms | p99 ms | engine took_ms p50 / p95 | req/s | server CPU ms/req | server cores | client CPU ms/req | errors |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...r.levels.map(
      (l) =>
        `| ${l.concurrency} | ${l.latency.p50} | ${l.latency.p95} | ${l.latency.p99} | ${l.engine.p50} / ${l.engine.p95} | ${l.requestsPerSecond} | ${l.serverCpuMsPerRequest} | ${l.serverCores} | ${l.clientCpuMsPerRequest} | ${l.errors} |`,
    ),
    '',
    `first-load JS of \`/\`: ${r.firstLoadJs.gzipKb} kB gzip (${r.firstLoadJs.rawKb} kB raw, ${r.firstLoadJs.files} files); target ≤ ${HTTP_TARGETS.firstLoadJsKbGzip} kB gzip`,
    `target: p95 ≤ ${HTTP_TARGETS.p95MsAt8} ms at 8 clients`,
  ].join('\n');
}

/** A temporary store of `count` paragraphs from the shared French corpus (removed by the caller). */
export async function buildBenchStore(count: number, corpusPath = DEFAULT_CORPUS_PATH): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-bench-http-'));
  const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: false });
  const writer = await engine.beginWrite({ replaceAll: true });
  for (const article of toBenchArticles(await loadFrenchParagraphs({ count, path: corpusPath }))) {
    await writer.putArticle(article);
  }
  await writer.commit();
  await engine.close();
  return dataDir;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      url: { type: 'string' },
      count: { type: 'string' },
      requests: { type: 'string' },
    },
  });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const temporary = values.data ? null : await buildBenchStore(Number(values.count ?? 100_000));
  try {
    const result = await runHttpBench({
      dataDir: values.data ?? temporary!,
      baseUrl: values.url,
      requestsPerLevel: values.requests ? Number(values.requests) : undefined,
      log,
    });
    process.stdout.write(`${formatHttpBench(result)}\n`);
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}

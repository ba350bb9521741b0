/**
 * Hostile queries: the slowest one the engine serves from a fixed set, and what 8 clients sending
 * them do to an unrelated user of the web app. Figures only; nothing here asserts a time.
 */
import { emptyFilters, LIMITS, openSearchEngine, QueryTooExpensiveError } from '../search/index';
import { measureLatency, sampleRequests, startApp, type Serving } from './http';
import { BenchHttpClient } from './http-client';
import type { Percentiles } from './percentiles';

export const ADVERSARIAL_TARGETS = { worstMs: 50, p95Factor: 3 };

const chain = (part: string, count: number, tail = '') =>
  `${Array.from({ length: count }, () => part).join('-')}${tail}`.slice(0, LIMITS.queryLength);

/** Long hyphen chains of frequent or stop words, elisions, digits, prefixes of two letters. */
export const ADVERSARIAL_QUERIES: readonly string[] = [
  chain('a', 99, '-co'),
  chain('de', 66, '-la'),
  chain('la', 66),
  chain('co-a', 40),
  'de-la-de-la-de-la-de-la-de-la-de-la-de-la-de-la-de-la-de-la',
  'pomme-de-la-de-la-de-la-de-la-de-la-terre',
  Array.from({ length: 60 }, (_, i) => i % 10).join('-'),
  "l'a ".repeat(40).trim(),
  'de la le les des du un une et en',
  'pr co de re in ex ma mi pa po',
  'a-a-a-a-a-a-a-a-a b-b-b-b-b-b-b-b-b c-c-c-c-c-c-c-c-c',
];

/** The query with its letters' case flipped at random: a new string each time, as a hostile client sends. */
function recase(q: string, random: () => number): string {
  return [...q].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
}

export interface AdversarialEngineResult {
  paragraphs: number;
  worstMs: number;
  worstQuery: string;
  /** CPU time (user + system) of the costliest search: less sensitive than wall time to a busy machine. */
  worstCpuMs: number;
  worstCpuQuery: string;
  /** Searches stopped by the deadline (`QueryTooExpensiveError`). */
  stopped: number;
}

/** Each query of the set `rounds` times (case changed every time) on a fresh reader. */
export async function runAdversarialEngineBench(dataDir: string, rounds = 5): Promise<AdversarialEngineResult> {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: true });
  try {
    const all = await engine.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 1 });
    let random = 1;
    const next = () => ((random = (random * 48271) % 2147483647) / 2147483647);
    let worstMs = 0;
    let worstQuery = '';
    let worstCpuMs = 0;
    let worstCpuQuery = '';
    let stopped = 0;
    for (const q of ADVERSARIAL_QUERIES) {
      for (let i = 0; i < rounds; i++) {
        const started = performance.now();
        const cpuStart = process.cpuUsage();
        try {
          await engine.search({ q: recase(q, next), filters: emptyFilters(), page: 1, hitsPerPage: LIMITS.defaultHitsPerPage });
        } catch (error) {
          if (!(error instanceof QueryTooExpensiveError)) throw error;
          stopped++;
        }
        const ms = performance.now() - started;
        const cpu = process.cpuUsage(cpuStart);
        const cpuMs = (cpu.user + cpu.system) / 1000;
        if (ms > worstMs) [worstMs, worstQuery] = [ms, q];
        if (cpuMs > worstCpuMs) [worstCpuMs, worstCpuQuery] = [cpuMs, q];
      }
    }
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return { paragraphs: all.total, worstMs: round(worstMs), worstQuery, worstCpuMs: round(worstCpuMs), worstCpuQuery, stopped };
  } finally {
    await engine.close();
  }
}

export interface AdversarialHttpResult {
  quiet: Percentiles;
  underAttack: Percentiles;
  attackRequests: number;
  attackStatuses: Record<string, number>;
}

/**
 * An unrelated user's latency (one client, ordinary queries), alone and then while 8 clients
 * send the adversarial set with a new case each time (so no cache serves them).
 */
export async function runAdversarialHttpBench(dataDir: string, requests = 200, serving?: Serving): Promise<AdversarialHttpResult> {
  const { urls } = await sampleRequests(dataDir, requests * 3, 7);
  const app = await startApp(dataDir, serving);
  try {
    await measureLatency(app.baseUrl, urls.slice(0, requests), 4); // warm-up
    const quiet = (await measureLatency(app.baseUrl, urls.slice(requests, 2 * requests), 1)).latency;
    let attacking = true;
    let attackRequests = 0;
    const attackStatuses: Record<string, number> = {};
    let seed = 11;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const http = new BenchHttpClient();
    const attacker = async () => {
      while (attacking) {
        const q = recase(ADVERSARIAL_QUERIES[attackRequests++ % ADVERSARIAL_QUERIES.length]!, next);
        try {
          const { status } = await http.request(`${app.baseUrl}/api/search?q=${encodeURIComponent(q)}`);
          attackStatuses[status] = (attackStatuses[status] ?? 0) + 1;
        } catch {
          attackStatuses.error = (attackStatuses.error ?? 0) + 1;
        }
      }
    };
    const attackers = Array.from({ length: 8 }, attacker);
    const underAttack = (await measureLatency(app.baseUrl, urls.slice(2 * requests), 1)).latency;
    attacking = false;
    await Promise.all(attackers);
    http.close();
    return { quiet, underAttack, attackRequests, attackStatuses };
  } finally {
    app.stop();
  }
}

export function formatAdversarialEngineBench(r: AdversarialEngineResult): string {
  return [
    `${ADVERSARIAL_QUERIES.length} hostile queries × 5 (case changed each time), ${r.paragraphs.toLocaleString('en')} paragraphs, one reader`,
    `worst: ${r.worstMs} ms (${JSON.stringify(r.worstQuery.slice(0, 40))}…); stopped by the deadline: ${r.stopped}`,
    `worst CPU time: ${r.worstCpuMs} ms (${JSON.stringify(r.worstCpuQuery.slice(0, 40))}…)`,
    `target: worst ≤ ${ADVERSARIAL_TARGETS.worstMs} ms at 100k paragraphs`,
  ].join('\n');
}

export function formatAdversarialHttpBench(r: AdversarialHttpResult): string {
  const factor = r.quiet.p95 > 0 ? Math.round((r.underAttack.p95 / r.quiet.p95) * 10) / 10 : NaN;
  const statuses = Object.entries(r.attackStatuses)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  return [
    '| unrelated user (1 client) | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|',
    `| alone | ${r.quiet.p50} | ${r.quiet.p95} | ${r.quiet.p99} |`,
    `| while 8 clients send hostile queries | ${r.underAttack.p50} | ${r.underAttack.p95} | ${r.underAttack.p99} |`,
    '',
    `p95 under attack: ${factor}× the quiet p95 (target ≤ ${ADVERSARIAL_TARGETS.p95Factor}×); hostile requests sent: ${r.attackRequests} (${statuses})`,
  ].join('\n');
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  emptyFilters,
  FACETS,
  isStopWord,
  openSearchEngine,
  tokenize,
  type SearchEngine,
  type SearchQuery,
  type SearchStageTimes,
} from '../search/index';
import { createRandom, DEFAULT_CORPUS_PATH, loadFrenchParagraphs, toBenchArticles } from './corpus';
import { percentiles, type Percentiles } from './percentiles';

export const QUERY_KINDS = ['single', 'multi', 'prefix', 'typo', 'filtered', 'facets'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];
export const ENGINE_TARGETS = {
  p50Ms: 2,
  p95Ms: 8,
  p95MsAt500k: 40,
  buildPerSecond: 15_000,
  buildPerSecondAt500k: 12_000,
  firstQueryMs: 50,
  /** The engine's resident memory over Node's own. */
  engineRssMb: 60,
  engineRssMbAt500k: 150,
};

/** The target of a size-dependent figure: the 500k one from 500,000 paragraphs on. */
const at = (count: number, at100k: number, at500k: number) => (count >= 500_000 ? at500k : at100k);

export interface EngineBenchOptions {
  /** Paragraphs to index (≥ 100,000 for the targets). */
  count: number;
  /** JSON lines `{"text": …}`, gzip or not; default: the shared French corpus. */
  corpusPath?: string;
  /** Timed queries, spread evenly over the kinds (≥ 300). */
  queries?: number;
  log?: (line: string) => void;
}


export interface EngineBenchResult {
  count: number;
  buildSeconds: number;
  buildPerSecond: number;
  /** Peak resident memory of the process while building (corpus in memory included). */
  buildPeakRssMb: number;
  diskMb: number;
  /** Reader process: open alone, then the first query (loads the facet arrays). */
  openMs: number;
  firstQueryMs: number;
  /** Reader process: a writer commits one new article, then the reader's next query (reloads what changed). */
  commitMs: number;
  firstQueryAfterCommitMs: number;
  /** Reader process resident memory after all queries, and before opening the engine (Node + tsx + modules). */
  readerRssMb: number;
  readerBaselineRssMb: number;
  latency: Record<QueryKind | 'all', Percentiles>;
  /** CPU time of the same queries (user + system): less sensitive to other processes on a shared machine. */
  cpu: Record<QueryKind | 'all', Percentiles>;
  /** Mean milliseconds per search stage (see `SearchStageTimes`): where the time goes. */
  stages: Record<QueryKind | 'all', SearchStageTimes>;
}

const STAGES = ['cache', 'parse', 'typos', 'match', 'count', 'order', 'read', 'snippets'] as const satisfies readonly (keyof SearchStageTimes)[];
const noStages = (): SearchStageTimes => ({ cache: 0, parse: 0, typos: 0, match: 0, count: 0, order: 0, read: 0, snippets: 0 });

interface TimedQuery {
  kind: QueryKind;
  query: SearchQuery;
}

type Word = { text: string; norm: string };

function contentWords(text: string): Word[] {
  return tokenize(text).filter((t) => t.norm.length >= 4 && !isStopWord(t.norm) && /^\p{L}+$/u.test(t.norm));
}

function misspell(word: string, random: () => number): string {
  const chars = [...word];
  const i = 1 + Math.floor(random() * (chars.length - 2));
  if (random() < 0.5) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  else chars[i] = 'aeiourstnl'[Math.floor(random() * 10)]!;
  return chars.join('');
}

/** Queries drawn from the corpus itself, so they hit real words at their real frequencies. */
export function generateQueries(texts: readonly string[], total: number, seed: number): TimedQuery[] {
  const random = createRandom(seed);
  const articles = toBenchArticles(texts.slice(0, 800));
  const facetSample = articles.flatMap((a) => a.paragraphs.map((p) => ({ date: a.meta.date, facets: p.facets })));
  const pickText = () => texts[Math.floor(random() * texts.length)]!;
  const pickWord = (minLength: number): Word => {
    for (;;) {
      const words = contentWords(pickText()).filter((w) => w.norm.length >= minLength);
      if (words.length > 0) return words[Math.floor(random() * words.length)]!;
    }
  };
  // One facet of the registry per query, taken from a real paragraph; sometimes a second value.
  const pickFilters = (): SearchQuery['filters'] => {
    const p = facetSample[Math.floor(random() * facetSample.length)]!;
    const filters = emptyFilters();
    const facet = FACETS[Math.floor(random() * FACETS.length)]!;
    const available = facet.kind === 'period' ? [p.date.slice(0, random() < 0.5 ? 4 : 7)] : p.facets[facet.name];
    const period = FACETS.find((f) => f.kind === 'period');
    if (available.length > 0) filters[facet.name] = available.slice(0, random() < 0.3 ? 2 : 1);
    else if (period) filters[period.name] = [p.date.slice(0, 4)];
    return filters;
  };
  const make = (kind: QueryKind): SearchQuery['q'] | SearchQuery => {
    switch (kind) {
      case 'single':
        return pickWord(4).text;
      case 'multi': {
        for (;;) {
          const words = contentWords(pickText());
          if (words.length < 3) continue;
          const n = 2 + Math.floor(random() * 2);
          const start = Math.floor(random() * (words.length - n + 1));
          return words.slice(start, start + n).map((w) => w.text).join(' ');
        }
      }
      case 'prefix': {
        const w = pickWord(7);
        return [...w.text].slice(0, 3 + Math.floor(random() * 3)).join('');
      }
      case 'typo':
        return misspell(pickWord(6).text, random);
      case 'filtered':
        return { q: pickWord(4).text, filters: pickFilters(), page: 1, hitsPerPage: 20 };
      case 'facets':
        return { q: '', filters: pickFilters(), page: 1, hitsPerPage: 20 };
    }
  };
  return Array.from({ length: total }, (_, i) => {
    const kind = QUERY_KINDS[i % QUERY_KINDS.length]!;
    const made = make(kind);
    const query = typeof made === 'string'
      ? { q: made, filters: emptyFilters(), page: 1, hitsPerPage: 20 }
      : made;
    return { kind, query };
  });
}


function directorySizeMb(dir: string): number {
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}

const MB = 2 ** 20;

/**
 * A writer (another connection, as the indexer would be) commits one new article; then the reader
 * runs `query`, which it has answered before: what remains is reloading what the commit changed.
 */
async function timeCommitThenQuery(
  reader: SearchEngine,
  dataDir: string,
  query: SearchQuery,
): Promise<{ commitMs: number; firstQueryAfterCommitMs: number }> {
  const writerEngine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: false });
  const [article] = toBenchArticles(['Un paragraphe ajouté par un petit commit du banc d’essai, après les requêtes.']);
  // A new article has new paragraph ids: the corpus's first article holds `bench-0-1` already.
  const id = 'bench-commit';
  const paragraphs = article!.paragraphs.map((p, i) => ({ ...p, id: `${id}-${i + 1}` }));
  const started = performance.now();
  const writer = await writerEngine.beginWrite({ replaceAll: false });
  await writer.putArticle({ ...article!, id, paragraphs });
  await writer.commit();
  const commitMs = performance.now() - started;
  await writerEngine.close();
  const t0 = performance.now();
  await reader.search(query);
  return { commitMs, firstQueryAfterCommitMs: performance.now() - t0 };
}

/**
 * Node flags of the reader process, as a server should run: V8's young generation grows to 32 MB
 * under a steady query load by default; capped at 2 × 2 MB it holds ~25 MB less at 100k paragraphs,
 * with the same CPU per query (measured p50/p95).
 */
export const READER_NODE_FLAGS = ['--max-semi-space-size=2'];

/** The reader side, run in a child process so its memory is measured alone. */
async function runQueryPhase(dataDir: string, queriesFile: string): Promise<void> {
  const { warmup, timed } = JSON.parse(readFileSync(queriesFile, 'utf8')) as { warmup: TimedQuery[]; timed: TimedQuery[] };
  globalThis.gc?.();
  const baselineRssMb = process.memoryUsage().rss / MB;
  const t0 = performance.now();
  // Summed over every search a call runs (a spelling suggestion runs a second one).
  let stages: SearchStageTimes | null = null;
  const addStages = (t: SearchStageTimes) => {
    const sum = stages ?? noStages();
    for (const key of STAGES) sum[key] += t[key];
    stages = sum;
  };
  const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: true, onStageTimes: addStages });
  const openMs = performance.now() - t0;
  // A typo query: it needs the facet arrays and the typo vocabulary both.
  const first = timed.find((t) => t.kind === 'typo')!.query;
  const t1 = performance.now();
  await engine.search(first);
  const firstQueryMs = performance.now() - t1;
  for (const { query } of warmup) await engine.search(query);
  const samples: { kind: QueryKind; ms: number; cpuMs: number; stages: SearchStageTimes | null }[] = [];
  for (const { kind, query } of timed) {
    stages = null;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await engine.search(query);
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    samples.push({ kind, ms, cpuMs: (cpu.user + cpu.system) / 1000, stages });
  }
  const readerRssMb = process.memoryUsage().rss / MB;
  const { commitMs, firstQueryAfterCommitMs } = await timeCommitThenQuery(engine, dataDir, first);
  await engine.close();
  process.stdout.write(
    JSON.stringify({ openMs, firstQueryMs, commitMs, firstQueryAfterCommitMs, baselineRssMb, readerRssMb, samples }),
  );
}

/** Builds an index of `count` paragraphs, then times queries against it in a fresh process. */
export async function runEngineBench(options: EngineBenchOptions): Promise<EngineBenchResult> {
  const log = options.log ?? (() => undefined);
  const texts = await loadFrenchParagraphs({ count: options.count, path: options.corpusPath });
  const articles = toBenchArticles(texts);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-bench-engine-'));
  try {
    log(`engine bench: ${texts.length} paragraphs, ${articles.length} articles → ${dataDir}`);
    const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: false });
    let peakRss = process.memoryUsage().rss;
    const started = performance.now();
    const writer = await engine.beginWrite({ replaceAll: true });
    for (let i = 0; i < articles.length; i++) {
      await writer.putArticle(articles[i]!);
      if (i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    await writer.commit();
    const buildSeconds = (performance.now() - started) / 1000;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    await engine.close();
    log(`engine bench: built in ${buildSeconds.toFixed(1)} s`);

    const total = Math.max(options.queries ?? 300, QUERY_KINDS.length);
    const queriesFile = path.join(dataDir, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify({ warmup: generateQueries(texts, 60, 99), timed: generateQueries(texts, total, 42) }));
    const child = spawnSync(process.execPath, [...READER_NODE_FLAGS, '--import', 'tsx', import.meta.filename, '--query-phase', dataDir, queriesFile], {
      encoding: 'utf8',
      maxBuffer: 64 * MB,
    });
    if (child.status !== 0) throw new Error(`query phase failed: ${child.stderr}`);
    const phase = JSON.parse(child.stdout) as {
      openMs: number;
      firstQueryMs: number;
      commitMs: number;
      firstQueryAfterCommitMs: number;
      baselineRssMb: number;
      readerRssMb: number;
      samples: { kind: QueryKind; ms: number; cpuMs: number; stages: SearchStageTimes | null }[];
    };
    const meanStages = (kind: QueryKind | 'all') => {
      const picked = phase.samples.filter((s) => (kind === 'all' || s.kind === kind) && s.stages).map((s) => s.stages!);
      const mean = (key: keyof SearchStageTimes) =>
        Math.round((picked.reduce((sum, t) => sum + t[key], 0) / Math.max(1, picked.length)) * 100) / 100;
      return Object.fromEntries(STAGES.map((key) => [key, mean(key)])) as unknown as SearchStageTimes;
    };
    const byKind = (pick: (s: (typeof phase.samples)[number]) => number) =>
      Object.fromEntries([
        ...QUERY_KINDS.map((k) => [k, percentiles(phase.samples.filter((s) => s.kind === k).map(pick))]),
        ['all', percentiles(phase.samples.map(pick))],
      ]) as EngineBenchResult['latency'];
    return {
      count: texts.length,
      buildSeconds: Math.round(buildSeconds * 100) / 100,
      buildPerSecond: Math.round(texts.length / buildSeconds),
      buildPeakRssMb: Math.round(peakRss / MB),
      diskMb: directorySizeMb(dataDir) - statSync(queriesFile).size / MB,
      openMs: Math.round(phase.openMs * 10) / 10,
      firstQueryMs: Math.round(phase.firstQueryMs * 10) / 10,
      commitMs: Math.round(phase.commitMs * 10) / 10,
      firstQueryAfterCommitMs: Math.round(phase.firstQueryAfterCommitMs * 10) / 10,
      readerRssMb: Math.round(phase.readerRssMb),
      readerBaselineRssMb: Math.round(phase.baselineRssMb),
      latency: byKind((s) => s.ms),
      cpu: byKind((s) => s.cpuMs),
      stages: Object.fromEntries([...QUERY_KINDS, 'all' as const].map((k) => [k, meanStages(k)])) as EngineBenchResult['stages'],
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The result as a Markdown table, with the targets beside the figures. */
export function formatEngineBench(r: EngineBenchResult): string {
  const lines = [
    `Embedded engine (SQLite FTS5), ${r.count.toLocaleString('en')} paragraphs`,
    '',
    '| measure | value | target |',
    '|---|---|---|',
    `| build | ${r.buildSeconds} s, ${r.buildPerSecond.toLocaleString('en')} paragraphs/s | ≥ ${at(r.count, ENGINE_TARGETS.buildPerSecond, ENGINE_TARGETS.buildPerSecondAt500k).toLocaleString('en')}/s |`,
    `| peak RSS while building | ${r.buildPeakRssMb} MB | |`,
    `| on disk | ${r.diskMb.toFixed(1)} MB | |`,
    `| cold open / first query after open | ${r.openMs} ms / ${r.firstQueryMs} ms | first query ≤ ${ENGINE_TARGETS.firstQueryMs} ms |`,
    `| 1-article commit (writer) / reader's first query after it | ${r.commitMs} ms / ${r.firstQueryAfterCommitMs} ms | first query ≤ ${ENGINE_TARGETS.firstQueryMs} ms |`,
    `| reader RSS after queries (node ${READER_NODE_FLAGS.join(' ')}) | ${r.readerRssMb} MB (engine: +${r.readerRssMb - r.readerBaselineRssMb} MB over ${r.readerBaselineRssMb} MB of Node + tsx) | engine ≤ ${at(r.count, ENGINE_TARGETS.engineRssMb, ENGINE_TARGETS.engineRssMbAt500k)} MB over Node |`,
    '',
    '| kind | n | p50 ms | p95 ms | p99 ms | CPU p50 ms | CPU p95 ms |',
    '|---|---|---|---|---|---|---|',
    ...[...QUERY_KINDS, 'all' as const].map((k) => {
      const p = r.latency[k];
      const c = r.cpu[k];
      return `| ${k} | ${p.n} | ${p.p50} | ${p.p95} | ${p.p99} | ${c.p50} | ${c.p95} |`;
    }),
    '',
    'Mean ms per search stage, in process (parse = query parse and result cache; typos = typo candidates and',
    'prefix completions; match = FTS5 loosest level; count = filters and facet counts; order = stricter levels,',
    'BM25 or recency; read = the page\'s paragraphs; snippets = highlight and crop; a suggestion\'s search included):',
    '',
    `| kind | ${STAGES.join(' | ')} |`,
    `|---|${STAGES.map(() => '---').join('|')}|`,
    ...[...QUERY_KINDS, 'all' as const].map((k) => `| ${k} | ${STAGES.map((key) => r.stages[k][key]).join(' | ')} |`),
    '',
    `targets at 100k: p50 ≤ ${ENGINE_TARGETS.p50Ms} ms, p95 ≤ ${ENGINE_TARGETS.p95Ms} ms; at 500k: p95 ≤ ${ENGINE_TARGETS.p95MsAt500k} ms`,
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'query-phase': { type: 'string' },
      count: { type: 'string' },
      large: { type: 'boolean' },
      queries: { type: 'string' },
      corpus: { type: 'string' },
    },
  });
  if (values['query-phase']) {
    await runQueryPhase(values['query-phase'], positionals[0]!);
    return;
  }
  const count = values.large ? 500_000 : Number(values.count ?? 100_000);
  const result = await runEngineBench({
    count,
    corpusPath: values.corpus ?? positionals[0] ?? DEFAULT_CORPUS_PATH,
    queries: Number(values.queries ?? 300),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatEngineBench(result)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}

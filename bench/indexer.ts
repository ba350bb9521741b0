import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { IndexWriter } from '../search/index';
import { buildParagraphs } from '../indexer/build-paragraphs';
import { chunkArticle } from '../indexer/chunking/chunk-article';
import { parseArticle } from '../indexer/formats/registry';
import { createNameSettlement } from '../indexer/push/settle-names';
import { createCorpusReader } from '../indexer/reading/read-corpus';
import { createTagStage } from '../indexer/tag/tag-stage';
import { createTagger } from '../indexer/tag/index';
import type { Tagger } from '../indexer/tag/types';
import { DEFAULT_CORPUS_PATH, loadFrenchParagraphs } from './corpus';

export const BENCH_MIN_PARAGRAPHS = 100_000;
export const INDEXER_TARGET_PER_SECOND = 10_000;
const PARAGRAPHS_PER_ARTICLE = 8;

export interface IndexerBenchOptions {
  /** French paragraph texts; articles are built from them in order, cycling when short. */
  texts: readonly string[];
  tagger: Tagger;
  /** Paragraphs the chunker must produce (subheading-like lines become sections, not paragraphs). */
  minParagraphs?: number;
  log?: (line: string) => void;
}

export interface IndexerBenchResult {
  articles: number;
  paragraphs: number;
  bytes: number;
  /** Wall-clock seconds per stage (`names`: one spelling per person across the corpus). */
  seconds: { read: number; parseChunk: number; tag: number; names: number; total: number };
  /** CPU seconds (user + system) of this process over the stages: less sensitive to a busy machine. */
  cpuSeconds: number;
  /** Paragraphs per second for read + parse + chunk + ids + tagging, one core. */
  paragraphsPerSecond: number;
  parseChunkPerSecond: number;
  tagPerSecond: number;
  namesPerSecond: number;
  /** Paragraphs per CPU second for all stages. */
  paragraphsPerCpuSecond: number;
  targetPerSecond: number;
}

/**
 * Writes a corpus in the seed format to a temporary folder, then runs the indexer's stages on it
 * in this thread (one core): read + decode, parse + chunk + ids, tag, then the corpus-wide choice
 * of person spellings (which holds every article until the end, as a full run does). The engine
 * is not involved: a writer that keeps nothing receives the articles.
 */
export async function benchIndexer(options: IndexerBenchOptions): Promise<IndexerBenchResult> {
  const log = options.log ?? (() => undefined);
  const minParagraphs = options.minParagraphs ?? BENCH_MIN_PARAGRAPHS;
  const dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-bench-indexer-'));
  try {
    const written = writeSeedCorpus(dir, options.texts, minParagraphs);
    log(`indexer bench: ${written.articles} articles written to ${dir}`);
    const reader = createCorpusReader();
    const tag = createTagStage(options.tagger);
    const seconds = { read: 0, parseChunk: 0, tag: 0, names: 0, total: 0 };
    const names = createNameSettlement(new Map());
    let paragraphs = 0;
    let bytes = 0;

    const cpuStart = process.cpuUsage();
    for (const entry of await reader.list(dir)) {
      const t0 = performance.now();
      const source = await reader.readBytes(entry);
      const text = reader.decode(source);
      const t1 = performance.now();
      const chunked = chunkArticle(parseArticle({ id: entry.stem, file: entry.file, format: source.format, text }));
      const texts = chunked.paragraphs.map((p) => p.text);
      const t2 = performance.now();
      const tags = tag(entry.file, texts);
      const t3 = performance.now();
      const article = buildParagraphs(chunked, tags);
      const t4 = performance.now();
      names.add({ ...article, fingerprint: '' }, entry.file);
      const t5 = performance.now();
      seconds.read += (t1 - t0) / 1000;
      seconds.parseChunk += (t2 - t1 + (t4 - t3)) / 1000;
      seconds.tag += (t3 - t2) / 1000;
      seconds.names += (t5 - t4) / 1000;
      paragraphs += texts.length;
      bytes += source.bytes.length;
    }
    const t6 = performance.now();
    await names.settle({
      writer: DISCARDING_WRITER,
      readPrevious: () => Promise.resolve(null),
      previousFingerprints: new Map(),
      onIndexed: () => {},
    });
    seconds.names += (performance.now() - t6) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    log(`indexer bench: ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB of heap with every article held for the name step`);
    seconds.total = seconds.read + seconds.parseChunk + seconds.tag + seconds.names;
    return {
      articles: written.articles,
      paragraphs,
      bytes,
      seconds,
      cpuSeconds,
      paragraphsPerCpuSecond: paragraphs / cpuSeconds,
      paragraphsPerSecond: paragraphs / seconds.total,
      parseChunkPerSecond: paragraphs / (seconds.read + seconds.parseChunk),
      tagPerSecond: paragraphs / seconds.tag,
      namesPerSecond: paragraphs / seconds.names,
      targetPerSecond: INDEXER_TARGET_PER_SECOND,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DISCARDING_WRITER: IndexWriter = {
  putArticle: () => Promise.resolve(),
  deleteArticle: () => Promise.resolve(),
  commit: () => Promise.resolve(),
  abort: () => Promise.resolve(),
};

/**
 * Seed-format articles of PARAGRAPHS_PER_ARTICLE texts, with a subheading every few paragraphs;
 * texts are cycled until the chunker will produce at least `minParagraphs` paragraphs.
 */
function writeSeedCorpus(dir: string, texts: readonly string[], minParagraphs: number): { articles: number } {
  const usable = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  if (usable.length === 0) throw new Error('indexer bench: no paragraph texts given');
  let articles = 0;
  let produced = 0;
  let next = 0;
  while (produced < minParagraphs) {
    const body = Array.from({ length: PARAGRAPHS_PER_ARTICLE }, () => usable[next++ % usable.length] ?? '');
    const year = 2015 + (articles % 10);
    const month = String((articles % 12) + 1).padStart(2, '0');
    const lines = [`date ${year}-${month} ${body[0]}`, ...body.slice(1, 4), 'Les enjeux du dossier', ...body.slice(4)];
    const text = `${lines.join('\n\n')}\n`;
    const id = `bench_${String(articles).padStart(6, '0')}`;
    writeFileSync(path.join(dir, `${id}.txt`), text);
    // Count what the chunker keeps: short unpunctuated lines become sections, not paragraphs.
    produced += chunkArticle(parseArticle({ id, file: id, format: 'text', text })).paragraphs.length;
    articles += 1;
  }
  return { articles };
}

/** One line for `npm run bench`. */
export function formatIndexerBench(r: IndexerBenchResult): string {
  const status = r.paragraphsPerSecond >= r.targetPerSecond ? 'meets' : 'BELOW';
  return (
    `indexer: ${r.paragraphs} paragraphs in ${r.articles} articles (${(r.bytes / 1024 / 1024).toFixed(1)} MiB), ` +
    `read+parse+chunk+ids ${Math.round(r.parseChunkPerSecond)} p/s, tagging ${Math.round(r.tagPerSecond)} p/s, ` +
    `names ${Math.round(r.namesPerSecond)} p/s, ` +
    `total ${Math.round(r.paragraphsPerSecond)} paragraphs/s on one core ` +
    `(${r.seconds.total.toFixed(2)} s; ${Math.round(r.paragraphsPerCpuSecond)} paragraphs per CPU second; ` +
    `${status} target ${r.targetPerSecond} p/s)`
  );
}

/**
 * The indexer bench on the shared French corpus (`bench/corpus.ts`: the 84,371 real paragraphs,
 * then paragraphs recombined from their sentences) with the real tagger.
 */
export async function runIndexerBench(
  options: { count?: number; corpusPath?: string; log?: (line: string) => void } = {},
): Promise<IndexerBenchResult> {
  const minParagraphs = options.count ?? BENCH_MIN_PARAGRAPHS;
  // A few texts become subheadings (short, unpunctuated): load some extra.
  const texts = await loadFrenchParagraphs({ count: Math.ceil(minParagraphs * 1.1), path: options.corpusPath });
  const t0 = performance.now();
  const tagger = createTagger();
  options.log?.(`indexer bench: tagger loaded in ${Math.round(performance.now() - t0)} ms`);
  return benchIndexer({ texts, tagger, minParagraphs, log: options.log });
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { count: { type: 'string' }, corpus: { type: 'string' } } });
  const count = Number(values.count ?? BENCH_MIN_PARAGRAPHS);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${values.count}`);
  const result = await runIndexerBench({
    count,
    corpusPath: values.corpus ?? DEFAULT_CORPUS_PATH,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatIndexerBench(result)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}

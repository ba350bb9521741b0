/**
 * `npm run bench [-- --corpus FILE.jsonl[.gz]] [--count N] [--queries N] [--no-http] [--only SECTION] [--seed N] [--misses]
 * [--processes N [--next-api]]`: the
 * indexer, the embedded engine, its relevance and the web API, measured on the same French corpus. Prints figures only;
 * nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  formatAdversarialEngineBench,
  formatAdversarialHttpBench,
  runAdversarialEngineBench,
  runAdversarialHttpBench,
} from './adversarial';
import { DEFAULT_CORPUS_PATH } from './corpus';
import { formatEngineBench, runEngineBench } from './engine';
import { formatEntityBench, runEntityBench } from './entities';
import { buildBenchStore, formatHttpBench, runHttpBench } from './http';
import { formatImportBench, runImportBench } from './import';
import { formatIndexerBench, runIndexerBench } from './indexer';
import { formatRelevanceBench, runRelevanceBench } from './relevance';

const flagsSchema = z.object({
  corpus: z.string().default(DEFAULT_CORPUS_PATH),
  count: z.coerce.number().int().min(1).default(100_000),
  queries: z.coerce.number().int().min(6).default(300),
  http: z.boolean().default(true),
  only: z.enum(['indexer', 'importer', 'engine', 'relevance', 'hostile', 'entities', 'http']).optional(),
  seed: z.coerce.number().int().optional(),
  misses: z.boolean().default(false),
  processes: z.coerce.number().int().min(1).max(64).optional(),
  nextApi: z.boolean().default(false),
});

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      count: { type: 'string' },
      queries: { type: 'string' },
      'no-http': { type: 'boolean' },
      only: { type: 'string' },
      seed: { type: 'string' },
      misses: { type: 'boolean' },
      processes: { type: 'string' },
      'next-api': { type: 'boolean' },
    },
  });
  const flags = flagsSchema.parse({ ...values, http: !values['no-http'], nextApi: values['next-api'] ?? false });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const print = (title: string, body: string) => process.stdout.write(`\n## ${title}\n${body}\n`);
  log(`bench: ${flags.count} paragraphs from ${flags.corpus}`);

  const runs = (section: NonNullable<typeof flags.only>) => flags.only === undefined || flags.only === section;

  if (runs('indexer')) print('Indexer (parse + chunk + tag, one core)', formatIndexerBench(await runIndexerBench({ count: flags.count, corpusPath: flags.corpus, log })));
  if (runs('importer')) print('Importer (10,000 JSON Lines items, 500 local HTML pages)', formatImportBench(await runImportBench({ items: 10_000, pages: 500, log })));
  if (runs('engine')) print('Embedded engine', formatEngineBench(await runEngineBench({ count: flags.count, corpusPath: flags.corpus, queries: flags.queries, log })));
  if (runs('relevance')) print('Relevance (embedded engine)', formatRelevanceBench(await runRelevanceBench({ count: flags.count, corpusPath: flags.corpus, seed: flags.seed, showMisses: flags.misses, log })));
  if (!runs('hostile') && !runs('entities') && !(flags.http && runs('http'))) return;

  const dataDir = await buildBenchStore(flags.count, flags.corpus);
  try {
    if (runs('hostile')) print('Hostile queries (embedded engine)', formatAdversarialEngineBench(await runAdversarialEngineBench(dataDir)));
    if (runs('entities')) print('Entity pages and export (embedded engine)', formatEntityBench(await runEntityBench({ dataDir, log })));
    if (!flags.http || !runs('http')) return;
    if (!existsSync(path.join(import.meta.dirname, '..', '.next', 'BUILD_ID'))) {
      log('bench: no production build yet, running next build');
      execFileSync('npx', ['next', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
    }
    // `--processes N [--next-api]`: served as `npm start` serves (start/cluster.cjs), not by `next start`.
    const serving = flags.processes ? { processes: flags.processes, nextApi: flags.nextApi } : undefined;
    const api = flags.nextApi ? "Next's route" : 'the bare node:http handler';
    const served = serving ? ` — ${serving.processes} process${serving.processes > 1 ? 'es' : ''} (start/cluster.cjs, /api/search by ${api}), not next start` : '';
    print(`Web API over HTTP${served}`, formatHttpBench(await runHttpBench({ dataDir, serving, log })));
    print(`Hostile queries over HTTP${served}`, formatAdversarialHttpBench(await runAdversarialHttpBench(dataDir, undefined, serving)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * Import throughput (`npx tsx bench/import.ts [--items N] [--pages N]`, part of `npm run bench`): a
 * JSON Lines export of N articles, and N HTML pages served by a local HTTP server on 127.0.0.1,
 * imported into a temporary corpus. Figures only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createHttpClient } from '../importer/http-client';
import { runImport, type ImportSource } from '../importer/run-import';
import { emptyState } from '../importer/state-file';
import { startFixtureServer } from '../importer/testing/fixture-server';
import { articlePage, CAFE_PARAGRAPHS, GANTZ_PARAGRAPHS, TOUR_PARAGRAPHS } from '../importer/testing/fixtures';

const POOL = [...GANTZ_PARAGRAPHS, ...TOUR_PARAGRAPHS, ...CAFE_PARAGRAPHS];

function paragraphsOf(i: number): string[] {
  return Array.from({ length: 6 }, (_, k) => `${POOL[(i + k * 7) % POOL.length] ?? ''} (${i}-${k})`);
}

export interface ImportBenchResult {
  jsonl: { items: number; seconds: number; perSecond: number };
  pages: { pages: number; seconds: number; perSecond: number };
}

export async function runImportBench(options: { items: number; pages: number; log?: (line: string) => void }): Promise<ImportBenchResult> {
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-bench-import-'));
  const server = await startFixtureServer();
  try {
    const http = createHttpClient({ userAgent: 'ParagrapheBench', timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, perHostDelayMs: 0 });
    const run = async (sources: ImportSource[], corpusDir: string) => {
      const started = performance.now();
      let errors = 0;
      await runImport(sources, {
        corpusDir,
        dryRun: false,
        rules: { lang: 'fr' },
        concurrency: 4,
        mapping: {},
        maxBytes: 64 * 1024 * 1024,
        http,
        state: emptyState(),
        refresh: false,
        onEvent: (e) => (errors += e.type === 'error' ? 1 : 0),
      });
      if (errors > 0) log(`import bench: ${errors} errors`);
      return (performance.now() - started) / 1000;
    };

    const file = path.join(dir, 'export.jsonl');
    const lines = Array.from({ length: options.items }, (_, i) =>
      JSON.stringify({ title: `Article ${i}`, date: `2021-${String((i % 12) + 1).padStart(2, '0')}-15`, url: `https://www.exemple.fr/a/${i}?utm_source=bench`, text: paragraphsOf(i).join('\n\n') }),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    log(`import bench: ${options.items} JSON Lines items`);
    const jsonlSeconds = await run([{ location: file }], path.join(dir, 'corpus-jsonl'));

    for (let i = 0; i < options.pages; i++) {
      const head = `<meta property="article:published_time" content="2021-11-${String((i % 28) + 1).padStart(2, '0')}">`;
      server.fixtures.set(`/p/${i}.html`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articlePage({ title: `Article ${i}`, paragraphs: paragraphsOf(i), head, subheading: 'Contexte' }) });
    }
    log(`import bench: ${options.pages} HTML pages over HTTP (127.0.0.1, concurrency 4)`);
    const pagesSeconds = await run(Array.from({ length: options.pages }, (_, i) => ({ location: server.url(`/p/${i}.html`) })), path.join(dir, 'corpus-pages'));
    return {
      jsonl: { items: options.items, seconds: jsonlSeconds, perSecond: options.items / jsonlSeconds },
      pages: { pages: options.pages, seconds: pagesSeconds, perSecond: options.pages / pagesSeconds },
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatImportBench(r: ImportBenchResult): string {
  return [
    `JSON Lines: ${r.jsonl.items} items in ${r.jsonl.seconds.toFixed(2)} s = ${Math.round(r.jsonl.perSecond)} articles/s`,
    `HTML pages over local HTTP: ${r.pages.pages} pages in ${r.pages.seconds.toFixed(2)} s = ${Math.round(r.pages.perSecond)} pages/s`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { items: { type: 'string' }, pages: { type: 'string' } } });
  runImportBench({ items: Number(values.items ?? 10_000), pages: Number(values.pages ?? 500), log: (l) => process.stderr.write(`${l}\n`) }).then(
    (r) => process.stdout.write(`${formatImportBench(r)}\n`),
    (error: unknown) => {
      process.stderr.write(`import bench failed: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * Entity pages and export on the embedded engine: what a person's or a country's page asks of
 * the engine (counts within the match set, its first page of paragraphs), timed per entity;
 * then an export of every paragraph streamed to a null sink, with the process's resident memory
 * sampled along the way. Prints figures only.
 */
import { emptyFilters, exportLines, LIMITS, openSearchEngine, VALUE_FACETS, type SearchEngine, type SearchFilters } from '../search/index';
import { percentiles, type Percentiles } from './percentiles';

export const ENTITY_TARGETS = { pageP95Ms: 50 };

export interface EntityBenchResult {
  paragraphs: number;
  entities: number;
  page: Percentiles;
  exports: ExportRun[];
}

interface ExportRun {
  label: string;
  rows: number;
  megabytes: number;
  seconds: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The engine calls of one entity page (as `app/lib/entity-page.ts` makes them), in ms. */
async function timeEntityPage(engine: SearchEngine, filters: SearchFilters): Promise<number> {
  const started = performance.now();
  await engine.summarizeMatches({ q: '', filters });
  await engine.search({ q: '', filters, page: 1, hitsPerPage: LIMITS.defaultHitsPerPage, sort: 'recent' });
  return performance.now() - started;
}

async function timeExport(engine: SearchEngine, label: string, filters: SearchFilters): Promise<ExportRun> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  let bytes = 0;
  let rows = -1;
  const started = performance.now();
  for await (const line of exportLines(engine.streamHits({ q: '', filters }), 'csv', 'http://localhost:3000')) {
    bytes += Buffer.byteLength(line);
    // With --expose-gc, garbage is collected before sampling: what remains is what the export holds.
    if (++rows % 10_000 === 0) globalThis.gc?.();
    if (rows % 1_000 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  return {
    label,
    rows,
    megabytes: mb(bytes),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    rssBeforeMb: mb(rssBefore),
    rssPeakMb: mb(rssPeak),
  };
}

export async function runEntityBench(options: { dataDir: string; log: (line: string) => void }): Promise<EntityBenchResult> {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir: options.dataDir }, { readonly: true });
  try {
    const everything = await engine.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 1 });
    const entities = VALUE_FACETS.flatMap((facet) =>
      Object.keys(everything.facets[facet.name]).map((value) => ({ ...emptyFilters(), [facet.name]: [value] }) as SearchFilters),
    );
    options.log(`bench: ${entities.length} entity pages, then exports`);
    await timeEntityPage(engine, entities[0]!);
    const times: number[] = [];
    for (const filters of entities) times.push(await timeEntityPage(engine, filters));
    const biggest = entities[0]!;
    const exports = [
      await timeExport(engine, 'one entity', biggest),
      await timeExport(engine, 'every paragraph', emptyFilters()),
    ];
    return { paragraphs: everything.total, entities: entities.length, page: percentiles(times), exports };
  } finally {
    await engine.close();
  }
}

export function formatEntityBench(r: EntityBenchResult): string {
  return [
    `entity page (summary + newest paragraphs), ${r.entities} persons and countries at ${r.paragraphs} paragraphs: ` +
      `p50 ${r.page.p50} ms, p95 ${r.page.p95} ms, p99 ${r.page.p99} ms; target p95 ≤ ${ENTITY_TARGETS.pageP95Ms} ms`,
    ...r.exports.map(
      (e) =>
        `export CSV, ${e.label}: ${e.rows} rows, ${e.megabytes} MB in ${e.seconds} s; resident memory ${e.rssBeforeMb} MB before, peak ${e.rssPeakMb} MB`,
    ),
  ].join('\n');
}

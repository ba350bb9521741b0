import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, engineConfigFromEnv, parseEnv } from './config';
import { EXPORT_FORMATS, exportLines, type ExportFormat } from './export';
import { FACETS, VALUE_FACETS, type FacetName } from './facets';
import { LIMITS } from './limits';
import { ALL_OF_CLI_FLAG, withCanonicalMode } from './match-mode';
import type { SearchEngine } from './engine';
import { openSearchEngine } from './open-engine';
import { paragraphPath } from './paths';
import { relaxationNotice } from './relaxation-notice';
import { toSearchJson } from './search-json';
import type { FacetCounts, SearchFilters, SearchQuery, SearchResult } from './types';
import { searchOptionsSchema } from './validate-query';
import { formatZodIssues } from './zod-issues';

const flagName = (cliFlag: string) => cliFlag.replace(/^--/, '');

const FILTER_FLAGS = FACETS.map((f) => `${f.cliFlag} VALUE]...`).join(' [');
const ALL_OF_VALUES = VALUE_FACETS.map((f) => flagName(f.cliFlag));
const USAGE = `usage: npm run search -- "<query>" [${FILTER_FLAGS}
                         [${ALL_OF_CLI_FLAG} ${ALL_OF_VALUES.join('|')}]...   (every value of that facet on the paragraph)
                         [--sort pertinence|recent|ancien] [--from YYYY[-MM]] [--to YYYY[-MM]]
                         [--page N] [--data DIR] [--json]
                         [--export csv|jsonl [--base-url URL]]   (every hit, no page, to stdout)`;

/** Where the exported deep links point when `--base-url` is not given: \`npm start\`'s address. */
const DEFAULT_BASE_URL = 'http://localhost:3000';

/** A bad flag or argument: exit code 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const filterSchema = z.object(
  Object.fromEntries(
    FACETS.map((f) => [
      f.cliFlag,
      z.array(z.string().trim().pipe(f.value)).max(LIMITS.filterValuesPerFacet, `${LIMITS.filterValuesPerFacet} valeurs au plus`),
    ]),
  ) as Record<string, z.ZodType<string[], string[]>>,
);

const argsSchema = z.object({
  query: z.string().max(LIMITS.queryLength, `${LIMITS.queryLength} caractères au plus`),
  filters: filterSchema,
  [ALL_OF_CLI_FLAG]: z.array(z.enum(ALL_OF_VALUES as [string, ...string[]], `${ALL_OF_VALUES.join(' or ')}`)),
  '--page': z.coerce.number().int().min(1, 'starts at 1').max(LIMITS.maxPage, `${LIMITS.maxPage} at most`),
  '--data': z.string().min(1).optional(),
  '--json': z.boolean(),
  '--export': z.enum(EXPORT_FORMATS, 'csv or jsonl').optional(),
  '--base-url': z.url({ protocol: /^https?$/, error: 'an http(s) URL' }),
  options: searchOptionsSchema,
});

/** The command line, validated. */
export interface SearchCliArgs {
  q: string;
  filters: SearchFilters;
  page: number;
  dataDir?: string;
  json: boolean;
  /** `--export`: every hit of the query, in this format, instead of one page. */
  exportFormat?: ExportFormat;
  /** Origin of the exported deep links. */
  baseUrl: string;
  /** `--sort`, `--from`, `--to`. */
  options: Pick<SearchQuery, 'sort' | 'from' | 'to'>;
}

/** Parses and validates the command line; a bad flag stops with a message naming it. */
export function parseSearchArgs(argv: string[]): SearchCliArgs {
  let values: Record<string, string | string[] | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(FACETS.map((f) => [flagName(f.cliFlag), { type: 'string' as const, multiple: true }])),
        tous: { type: 'string', multiple: true },
        page: { type: 'string' },
        data: { type: 'string' },
        json: { type: 'boolean' },
        export: { type: 'string' },
        'base-url': { type: 'string' },
        sort: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
  const parsed = argsSchema.safeParse({
    query: positionals.join(' '),
    filters: Object.fromEntries(FACETS.map((f) => [f.cliFlag, values[flagName(f.cliFlag)] ?? []])),
    [ALL_OF_CLI_FLAG]: values.tous ?? [],
    '--page': values.page ?? '1',
    '--data': values.data,
    '--json': values.json ?? false,
    '--export': values.export,
    '--base-url': values['base-url'] ?? DEFAULT_BASE_URL,
    options: { sort: values.sort, from: values.from, to: values.to },
  });
  if (!parsed.success) {
    // `filters.--person.0` reads better as `--person`.
    const message = formatZodIssues(parsed.error, { rootName: 'arguments' })
      .join('; ')
      .replace(/filters\.(--[\w-]+)(\.\d+)?/g, '$1')
      .replace(/options\.(\w+)/g, '--$1');
    throw new UsageError(`${message}\n${USAGE}`, { cause: parsed.error });
  }
  const args = parsed.data;
  return {
    q: args.query,
    filters: withCanonicalMode({
      ...(Object.fromEntries(FACETS.map((f) => [f.name, args.filters[f.cliFlag] ?? []])) as Record<FacetName, string[]>),
      allOf: VALUE_FACETS.filter((f) => args[ALL_OF_CLI_FLAG].includes(flagName(f.cliFlag))).map((f) => f.name),
    }),
    page: args['--page'],
    dataDir: args['--data'],
    json: args['--json'],
    exportFormat: args['--export'],
    baseUrl: args['--base-url'],
    options: Object.fromEntries(Object.entries(args.options).filter(([, v]) => v !== undefined)),
  };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function toTerminal(highlight: string, color: boolean): string {
  const [open, close] = color ? ['\u001b[1;33m', '\u001b[0m'] : ['[', ']'];
  return highlight
    .replace(/<mark>/g, open)
    .replace(/<\/mark>/g, close)
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

function formatFacets(facets: FacetCounts): string[] {
  return FACETS.map((facet) => {
    const entries = Object.entries(facets[facet.name]).slice(0, 12);
    const shown = entries.length === 0 ? '—' : entries.map(([k, c]) => `${k} (${c})`).join(', ');
    return `${facet.label.toLowerCase()} : ${shown}`;
  });
}

/** Human-readable results: one block per hit, then the facets. */
function formatResult(result: SearchResult, page: number, color: boolean): string {
  const perPage = LIMITS.defaultHitsPerPage;
  const pages = Math.max(1, Math.ceil(result.total / perPage));
  const lines = [`${result.total} résultat${result.total > 1 ? 's' : ''} · page ${page}/${pages} · ${result.took_ms} ms`, ''];
  if (result.relaxed) lines.splice(1, 0, `${relaxationNotice(result.relaxed.effectiveQuery)}.`);
  result.hits.forEach((hit, i) => {
    const where = `${hit.article} §${hit.position}${hit.section ? ` (${hit.section})` : ''}`;
    lines.push(`${(page - 1) * perPage + i + 1}. ${hit.date} · ${where} · ${paragraphPath(hit.id)}`);
    lines.push(`   ${toTerminal(hit.highlight, color)}`, '');
  });
  lines.push(...formatFacets(result.facets));
  return lines.join('\n');
}

/** Where the CLI reads its environment and writes its output (the process's, or a test's). */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean; once?: (event: 'drain', listener: () => void) => unknown };
  stderr: { write(s: string): unknown };
}

/**
 * Runs `npm run search` in-process and returns the exit code: 0 done, 1 the search failed
 * (engine unavailable, no index), 2 bad flag or bad environment.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let args: SearchCliArgs;
  let config;
  try {
    args = parseSearchArgs(argv);
    const overrides = args.dataDir ? { dataDir: args.dataDir, engine: 'embedded' as const } : {};
    config = engineConfigFromEnv(parseEnv(io.env), 'reader', overrides);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
    io.stderr.write(`error: ${error.message}\n`);
    return 2;
  }
  try {
    const engine = await openSearchEngine(config, { readonly: true });
    try {
      if (args.exportFormat) {
        await writeExport(engine.streamHits({ q: args.q, filters: args.filters, ...args.options }), args, io);
        return 0;
      }
      const result = await engine.search({
        q: args.q,
        filters: args.filters,
        page: args.page,
        hitsPerPage: LIMITS.defaultHitsPerPage,
        ...args.options,
      });
      const output = args.json ? JSON.stringify(toSearchJson(result)) : formatResult(result, args.page, io.stdout.isTTY === true);
      io.stdout.write(`${output}\n`);
      return 0;
    } finally {
      await engine.close();
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(`error: ${e.name}: ${e.message}\n`);
    return 1;
  }
}

/** Writes the export line by line, waiting for a full pipe to drain: memory stays flat. */
async function writeExport(hits: ReturnType<SearchEngine['streamHits']>, args: SearchCliArgs, io: CliIo): Promise<void> {
  for await (const line of exportLines(hits, args.exportFormat!, args.baseUrl)) {
    const stdout = io.stdout;
    if (stdout.write(line) === false && stdout.once) await new Promise<void>((resolve) => stdout.once!('drain', resolve));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
}

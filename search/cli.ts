import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { engineConfigFromEnv, parseEnv } from './config';
import { openSearchEngine } from './open-engine';
import { toSearchJson } from './search-json';
import type { FacetCounts, SearchResult } from './types';

const HITS_PER_PAGE = 10;

const USAGE = `usage: npm run search -- "<query>" [--person NAME]... [--country CODE]... [--date YYYY|YYYY-MM]...
                         [--page N] [--data DIR] [--json]`;

export class UsageError extends Error {
  override name = 'UsageError';
}

const argsSchema = z.object({
  q: z.string(),
  persons: z.array(z.string().trim().min(1, 'empty --person')),
  countries: z.array(z.string().trim().regex(/^[A-Za-z]{2}$/, '--country takes a 2-letter ISO code').toUpperCase()),
  dates: z.array(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '--date takes YYYY or YYYY-MM')),
  page: z.coerce.number().int().min(1, '--page starts at 1').max(10_000),
  dataDir: z.string().min(1).optional(),
  json: z.boolean(),
});
export type SearchCliArgs = z.infer<typeof argsSchema>;

/** Parses and validates the command line; a bad flag stops with a message naming it. */
export function parseSearchArgs(argv: string[]): SearchCliArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        person: { type: 'string', multiple: true },
        country: { type: 'string', multiple: true },
        date: { type: 'string', multiple: true },
        page: { type: 'string' },
        data: { type: 'string' },
        json: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
  const parsed = argsSchema.safeParse({
    q: positionals.join(' '),
    persons: values.person ?? [],
    countries: values.country ?? [],
    dates: values.date ?? [],
    page: values.page ?? '1',
    dataDir: values.data,
    json: values.json ?? false,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new UsageError(`${lines.join('; ')}\n${USAGE}`, { cause: parsed.error });
  }
  return parsed.data;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function toTerminal(highlight: string, color: boolean): string {
  const [open, close] = color ? ['\u001b[1;33m', '\u001b[0m'] : ['[', ']'];
  return highlight
    .replace(/<mark>/g, open)
    .replace(/<\/mark>/g, close)
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

function formatFacet(name: string, counts: Record<string, number>): string {
  const entries = Object.entries(counts).slice(0, 12);
  return `${name}: ${entries.length === 0 ? '—' : entries.map(([k, c]) => `${k} (${c})`).join(', ')}`;
}

function formatFacets(facets: FacetCounts): string[] {
  return [
    formatFacet('personnes', facets.persons),
    formatFacet('pays', facets.countries),
    formatFacet('dates', facets.date),
  ];
}

/** Human-readable results: one block per hit, then the facets. */
export function formatResult(result: SearchResult, page: number, color: boolean): string {
  const pages = Math.max(1, Math.ceil(result.total / HITS_PER_PAGE));
  const lines = [`${result.total} résultat${result.total > 1 ? 's' : ''} · page ${page}/${pages} · ${result.took_ms} ms`, ''];
  result.hits.forEach((hit, i) => {
    const where = `${hit.article} §${hit.position}${hit.section ? ` (${hit.section})` : ''}`;
    lines.push(`${(page - 1) * HITS_PER_PAGE + i + 1}. ${hit.date} · ${where} · ${hit.url}`);
    lines.push(`   ${toTerminal(hit.highlight, color)}`, '');
  });
  lines.push(...formatFacets(result.facets));
  return lines.join('\n');
}

/** Runs the CLI; returns the exit code. */
export async function runSearchCli(
  argv: string[],
  env: Record<string, string | undefined>,
  out: { write(s: string): unknown; isTTY?: boolean },
): Promise<number> {
  const args = parseSearchArgs(argv);
  const config = engineConfigFromEnv(parseEnv(env), 'reader', args.dataDir ? { dataDir: args.dataDir, engine: 'embedded' } : {});
  const engine = await openSearchEngine(config, { readonly: true });
  try {
    const result = await engine.search({
      q: args.q,
      filters: { persons: args.persons, countries: args.countries, dates: args.dates },
      page: args.page,
      hitsPerPage: HITS_PER_PAGE,
    });
    out.write(args.json ? `${JSON.stringify(toSearchJson(result))}\n` : `${formatResult(result, args.page, out.isTTY === true)}\n`);
    return 0;
  } finally {
    await engine.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runSearchCli(process.argv.slice(2), process.env, process.stdout).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const e = error as Error;
      process.stderr.write(`${e.name}: ${e.message}\n`);
      process.exitCode = e instanceof UsageError ? 2 : 1;
    },
  );
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseColumnMapping, type ColumnMapping } from './bulk-export';
import { parseArticleDate } from './dates';
import { ImportConfigError } from './errors';
import { createHttpClient } from './http-client';
import { createReporter } from './reporter';
import { runImport, type ImportSource } from './run-import';
import { loadState, saveState } from './state-file';

const USAGE = `usage: npm run import -- <source>... [--feeds FILE] [--corpus DIR] [--dry-run] [--json] [options]
  <source>            an HTML page, an RSS/Atom feed (file or http(s) URL), a .jsonl or .csv export
  --feeds FILE        one feed per line (blank lines and # comments ignored)
  --corpus DIR        where the articles are written (default: corpus)
  --dry-run           write nothing; say what would be created/updated
  --json              one JSON line per article on stdout
  --concurrency N     sources fetched at the same time (default 4)
  --lang CODE         import only articles in this language (e.g. fr); others are errors
  --default-date D    date (YYYY-MM-DD or YYYY-MM) of articles where none is found
  --map SPEC|FILE     column mapping of exports: title=headline,date=pubDate,text=body,url=link,
                      source=site,lang=language (or a JSON file of the same)
  --state FILE        ETag/Last-Modified of feeds and pages (default: <corpus>/.import-state.json)
  --refresh           ignore the stored validators and fetch everything again
  --delay MS          between two requests to the same host (default 1000)
  --timeout S         per request (default 20)
  --max-size MB       size cap of a page, feed or file (default 10)
  --max-redirects N   (default 5)
  --watch MINUTES     import again every MINUTES until interrupted
  -h, --help`;

export const DEFAULT_USER_AGENT = 'ParagrapheImporter/0.1 (+https://github.com/paragraphe; French news search)';

const flagsSchema = z.object({
  sources: z.array(z.string().trim().min(1)),
  feeds: z.string().trim().min(1).optional(),
  corpus: z.string().trim().min(1).default('corpus'),
  'dry-run': z.boolean().default(false),
  json: z.boolean().default(false),
  concurrency: z.coerce.number().int().min(1).max(64).default(4),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'a two- or three-letter language code such as fr').optional(),
  'default-date': z
    .string()
    .refine((d) => /^\d{4}-\d{2}(-\d{2})?$/.test(d) && parseArticleDate(d) === d, 'YYYY-MM-DD or YYYY-MM, a real date')
    .optional(),
  map: z.string().optional(),
  state: z.string().trim().min(1).optional(),
  refresh: z.boolean().default(false),
  delay: z.coerce.number().int().min(0).max(600_000).default(1000),
  timeout: z.coerce.number().positive().max(600).default(20),
  'max-size': z.coerce.number().positive().max(1024).default(10),
  'max-redirects': z.coerce.number().int().min(0).max(20).default(5),
  'user-agent': z.string().trim().min(1).default(DEFAULT_USER_AGENT),
  watch: z.coerce.number().positive().optional(),
  help: z.boolean().default(false),
});
export type ImportFlags = z.infer<typeof flagsSchema>;

export function parseImportFlags(argv: string[]): ImportFlags {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        feeds: { type: 'string' },
        corpus: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        concurrency: { type: 'string' },
        lang: { type: 'string' },
        'default-date': { type: 'string' },
        map: { type: 'string' },
        state: { type: 'string' },
        refresh: { type: 'boolean' },
        delay: { type: 'string' },
        timeout: { type: 'string' },
        'max-size': { type: 'string' },
        'max-redirects': { type: 'string' },
        'user-agent': { type: 'string' },
        watch: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (cause) {
    throw new ImportConfigError(errorText(cause), { cause });
  }
  const result = flagsSchema.safeParse({ ...parsed.values, sources: parsed.positionals });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new ImportConfigError(problems.join('; '), { cause: result.error });
  }
  if (!result.data.help && result.data.sources.length === 0 && !result.data.feeds) {
    throw new ImportConfigError('no source given (files, URLs or --feeds FILE)');
  }
  return result.data;
}

async function readMapping(spec: string | undefined): Promise<ColumnMapping> {
  if (spec === undefined) return {};
  if (!spec.endsWith('.json')) return parseColumnMapping(spec);
  try {
    return parseColumnMapping(JSON.parse(await readFile(spec, 'utf8')) as Record<string, unknown>);
  } catch (cause) {
    if (cause instanceof ImportConfigError) throw cause;
    throw new ImportConfigError(`--map: cannot read ${spec}: ${errorText(cause)}`, { cause });
  }
}

async function readFeedList(file: string | undefined): Promise<ImportSource[]> {
  if (!file) return [];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ImportConfigError(`--feeds: cannot read ${file}: ${errorText(cause)}`, { cause });
  }
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((location) => ({ location, kind: 'feed' as const }));
}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Resolves when the user interrupts (--watch stops waiting). */
  interrupted?: Promise<void>;
}

/** The whole command; returns the exit code (0 all imported, 1 a source failed, 2 bad flags). */
export async function runImportCli(argv: string[], io: CliIo): Promise<number> {
  let flags: ImportFlags;
  let mapping: ColumnMapping;
  let sources: ImportSource[];
  try {
    flags = parseImportFlags(argv);
    if (flags.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    mapping = await readMapping(flags.map);
    sources = [...flags.sources.map((location) => ({ location })), ...(await readFeedList(flags.feeds))];
  } catch (error) {
    io.stderr.write(`error: ${errorText(error)}\n${USAGE}\n`);
    return 2;
  }
  const http = createHttpClient({
    userAgent: flags['user-agent'],
    timeoutMs: flags.timeout * 1000,
    maxBytes: flags['max-size'] * 1024 * 1024,
    maxRedirects: flags['max-redirects'],
    perHostDelayMs: flags.delay,
  });
  const stateFile = flags.state ?? path.join(flags.corpus, '.import-state.json');

  for (;;) {
    let state;
    try {
      state = await loadState(stateFile);
    } catch (error) {
      io.stderr.write(`error: ${errorText(error)}\n`);
      return 2;
    }
    const reporter = createReporter({ json: flags.json, dryRun: flags['dry-run'], stdout: io.stdout, stderr: io.stderr });
    const summary = await runImport(sources, {
      corpusDir: flags.corpus,
      dryRun: flags['dry-run'],
      rules: { lang: flags.lang, defaultDate: flags['default-date'] },
      concurrency: flags.concurrency,
      mapping,
      maxBytes: flags['max-size'] * 1024 * 1024,
      http,
      state,
      refresh: flags.refresh,
      onEvent: reporter.onEvent,
    });
    reporter.finish(summary);
    if (!flags['dry-run']) await saveState(stateFile, state).catch((error: unknown) => io.stderr.write(`error: ${stateFile}: ${errorText(error)}\n`));
    const code = summary.errors > 0 ? 1 : 0;
    if (flags.watch === undefined) return code;
    const stopped = await Promise.race([sleep(flags.watch * 60_000).then(() => false), (io.interrupted ?? new Promise<never>(() => undefined)).then(() => true)]);
    if (stopped) return code;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const controller = new AbortController();
  const interrupted = new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve()));
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  runImportCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, interrupted }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`import failed: ${errorText(error)}\n`);
      process.exit(1);
    },
  );
}

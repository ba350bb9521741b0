import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, engineConfigFromEnv, formatZodIssues, parseEnv } from '../search/index';
import { formatErrorLine } from './errors';
import { runIndexCommand } from './push/index-command';

const USAGE = `usage: npm run index -- [--corpus DIR] [--data DIR] [--engine embedded|meilisearch] [--full] [--dry-run] [--json]
  --corpus DIR   folder of articles (.txt seed format, .md with front matter); default: corpus
  --data DIR     store of the embedded engine; default: $PARAGRAPHE_DATA or data
  --engine NAME  embedded (default) or meilisearch (default when MEILI_URL is set)
  --full         rebuild the whole index instead of an incremental run
  --dry-run      write nothing (no engine is opened)
  --json         print one JSON object per indexed paragraph on stdout
  --follow-external-links
                 index files reached through symbolic links that lead outside the corpus folder
                 (refused by default: each is an error line)
  --allow-file-errors
                 exit 0 when only some corpus files failed (they are still reported; the others
                 are indexed): for a deployment where one bad file must not stop the web app`;

const flagsSchema = z.object({
  corpus: z.string().trim().min(1).default('corpus'),
  data: z.string().trim().min(1).optional(),
  engine: z.enum(['embedded', 'meilisearch']).optional(),
  full: z.boolean().default(false),
  'dry-run': z.boolean().default(false),
  json: z.boolean().default(false),
  'allow-file-errors': z.boolean().default(false),
  'follow-external-links': z.boolean().default(false),
  help: z.boolean().default(false),
});
type Flags = z.infer<typeof flagsSchema>;

class UsageError extends Error {
  override name = 'UsageError';
}

function parseFlags(argv: string[]): Flags {
  let values: unknown;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        corpus: { type: 'string' },
        data: { type: 'string' },
        engine: { type: 'string' },
        full: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        'allow-file-errors': { type: 'boolean' },
        'follow-external-links': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), { cause });
  }
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(formatZodIssues(parsed.error, { pathPrefix: '--' }).join('; '), { cause: parsed.error });
  }
  return parsed.data;
}

/** What the indexer command talks to: injected so it runs in-process in tests. */
export interface IndexerCliIo {
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Aborts the run (Ctrl-C): the write session is abandoned, exit 1. */
  signal: AbortSignal;
}

/**
 * `npm run index`: 0 when every file was indexed, 1 when a file failed or the run stopped, 2 for a
 * bad flag or a bad environment.
 */
export async function main(argv: string[], io: IndexerCliIo): Promise<number> {
  try {
    const flags = parseFlags(argv);
    if (flags.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const engine = engineConfigFromEnv(parseEnv(io.env), 'indexer', { dataDir: flags.data, engine: flags.engine });
    const summary = await runIndexCommand(
      {
        engine,
        corpusDir: flags.corpus,
        full: flags.full,
        dryRun: flags['dry-run'],
        json: flags.json,
        followExternalLinks: flags['follow-external-links'],
      },
      {
        printLine: (line) => io.stdout.write(`${line}\n`),
        log: io.stderr,
        isTerminal: io.stderr.isTTY === true,
        signal: io.signal,
      },
    );
    if (summary.failed === 0) return 0;
    io.stderr.write(`${summary.failed} file(s) failed: see the errors above\n`);
    return flags['allow-file-errors'] ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`fatal: ${formatErrorLine(error)}; the index was not changed\n`);
    return 1;
  }
}

import { fileURLToPath } from 'node:url';
import { openSearchEngine, VALUE_FACETS, type EngineConfig, type ParagraphInput, type SearchEngine } from '../../search/index';
import type { ProcessedArticle } from '../build-paragraphs';
import { createDryRunStore } from './dry-run-store';
import { computePipelineVersion } from './pipeline-version';
import { createArticleProcessor } from '../process-article';
import { createProgressReporter } from './progress-reporter';
import { createCorpusReader } from '../reading/read-corpus';
import { runIndexer } from './run';
import type { IndexerEvent, IndexerSummary } from './run-events';
import { createTagStage } from '../tag/tag-stage';
import { createTagger } from '../tag/index';

export interface IndexCommandOptions {
  engine: EngineConfig;
  corpusDir: string;
  full: boolean;
  /** No engine is opened; nothing is written. */
  dryRun: boolean;
  /** One JSON line per processed paragraph on `printLine`. */
  json: boolean;
  /** Index files reached through links leaving the corpus folder. */
  followExternalLinks: boolean;
}

export interface IndexCommandIo {
  /** Standard output, one line at a time (JSON lines, dry-run listing). */
  printLine: (line: string) => void;
  /** Logs, progress and summary. */
  log: { write(chunk: string): unknown };
  isTerminal: boolean;
  signal: AbortSignal;
}

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The fields of the `--json` output, in this order (values facets in registry order). */
export function toJsonLine(article: ProcessedArticle, p: ParagraphInput): string {
  const { id, position, section, text } = p;
  const facets = Object.fromEntries(VALUE_FACETS.map((f) => [f.name, p.facets[f.name]]));
  return JSON.stringify({ id, article: article.id, position, section, text, date: article.meta.date, ...facets });
}

/** Wires the real stages, tagger and engine, runs the job and reports on `io`. */
export async function runIndexCommand(options: IndexCommandOptions, io: IndexCommandIo): Promise<IndexerSummary> {
  const pipelineVersion = computePipelineVersion(REPOSITORY_ROOT);
  const reader = createCorpusReader({ followExternalLinks: options.followExternalLinks });
  const processArticle = createArticleProcessor({ reader, tag: createTagStage(createTagger()) });
  const reporter = createProgressReporter({ stream: io.log, tty: io.isTerminal });

  const onEvent = (event: IndexerEvent) => {
    reporter.onEvent(event);
    if (event.type !== 'article-indexed') return;
    const { article } = event;
    if (options.json) {
      for (const p of article.paragraphs) io.printLine(toJsonLine(article, p));
    } else if (options.dryRun) {
      io.printLine(`${event.id}\t${article.meta.date}\t${article.paragraphs.length} paragraphs\t${article.meta.title}`);
    }
  };

  let engine: SearchEngine | null = null;
  // Opened only when `--full` must keep a bad file's last good version: a second connection
  // still sees the index as committed before this run's replacing write.
  const before: { engine: SearchEngine | null } = { engine: null };
  const readPreviousArticle = async (id: string) => {
    before.engine ??= await openSearchEngine(options.engine, { readonly: true });
    return before.engine.getArticle(id);
  };
  try {
    if (options.dryRun) io.log.write('dry run: nothing will be written\n');
    else engine = await openSearchEngine(options.engine, { readonly: false, rebuild: options.full });
    const summary = await runIndexer(
      {
        reader,
        processArticle,
        store: engine ?? createDryRunStore(),
        readPreviousArticle: engine ? readPreviousArticle : undefined,
        pipelineVersion,
        onEvent,
        signal: io.signal,
      },
      { corpusDir: options.corpusDir, full: options.full },
    );
    reporter.finish(summary);
    return summary;
  } catch (error) {
    reporter.finish(null);
    throw error;
  } finally {
    await before.engine?.close();
    await engine?.close();
  }
}

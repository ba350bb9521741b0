import type { Article, IndexWriter, SearchEngine } from '../../search/index';
import {
  CorpusFileError,
  DuplicateArticleIdError,
  IndexingAbortedError,
} from '../errors';
import { fingerprintArticle } from './fingerprint';
import { checkArticleId } from '../ids/paragraph-ids';
import type { ArticleProcessor } from '../process-article';
import type { CorpusEntry, CorpusReader } from '../reading/read-corpus';
import type { IndexerEventListener, IndexerSummary } from './run-events';

/** The part of the engine the job needs. */
export type IndexStore = Pick<SearchEngine, 'getArticleFingerprints' | 'beginWrite' | 'getArticle'>;

export interface IndexerDeps {
  reader: CorpusReader;
  processArticle: ArticleProcessor;
  store: IndexStore;
  /** See `computePipelineVersion`: part of every fingerprint. */
  pipelineVersion: string;
  onEvent: IndexerEventListener;
  /**
   * Reads an article from the index as committed before this run. A replacing write may hide it
   * from `store` (the embedded session has emptied its tables), so `--full` keeps a file's last
   * good version through this; default `store.getArticle`.
   */
  readPreviousArticle?: (id: string) => Promise<Article | null>;
  /** Aborting stops the run and drops the write session: the previous index keeps serving. */
  signal?: AbortSignal;
  now?: () => number;
}

export interface IndexerOptions {
  corpusDir: string;
  /** Rebuild everything in one replacing write. */
  full: boolean;
}

/**
 * The indexer job: read → parse → chunk → tag → push, in one write session committed at the end.
 * A bad file is reported (`article-failed`) and skipped, and its previously indexed version is
 * kept; any other error aborts the write session and is thrown.
 */
export async function runIndexer(deps: IndexerDeps, options: IndexerOptions): Promise<IndexerSummary> {
  const now = deps.now ?? Date.now;
  const started = now();
  const summary: IndexerSummary = { files: 0, indexed: 0, unchanged: 0, deleted: 0, failed: 0, paragraphs: 0, elapsedMs: 0 };

  const entries = await deps.reader.list(options.corpusDir);
  summary.files = entries.length;
  const previous = await deps.store.getArticleFingerprints();
  deps.onEvent({ type: 'start', files: entries.length });

  const writer = await deps.store.beginWrite({ replaceAll: options.full });
  try {
    const present = new Set<string>();
    for (const [index, entry] of entries.entries()) {
      // Let signal handlers run: reads and in-process writes may never leave the microtask queue.
      if (index % YIELD_EVERY_FILES === 0) await yieldToEventLoop();
      throwIfAborted(deps.signal);
      let id: string | null = null;
      try {
        // A file no format reads (`note.html` beside `note.txt`) is reported but claims no id.
        id = entry.format ? claimArticleId(entry, present) : null;
        await indexEntry(deps, writer, entry, id, options.full ? null : previous, summary);
      } catch (error) {
        if (!(error instanceof CorpusFileError)) throw error;
        summary.failed += 1;
        const kept = id !== null && previous.has(id) && (await keepPrevious(deps, writer, id, previous, options.full));
        deps.onEvent({ type: 'article-failed', error, kept });
      }
      deps.onEvent({ type: 'progress', done: index + 1, files: entries.length });
    }

    for (const id of previous.keys()) {
      if (present.has(id)) continue;
      if (!options.full) await writer.deleteArticle(id);
      summary.deleted += 1;
      deps.onEvent({ type: 'article-deleted', id });
    }
    throwIfAborted(deps.signal);
    await writer.commit();
  } catch (error) {
    await writer.abort().catch(() => undefined);
    throw error;
  }
  summary.elapsedMs = now() - started;
  deps.onEvent({ type: 'committed', summary });
  return summary;
}

/** The article id of a file (its name stem), unless invalid or already taken by another file. */
function claimArticleId(entry: CorpusEntry, present: Set<string>): string {
  const id = checkArticleId(entry.stem, entry.file);
  if (present.has(id)) {
    throw new DuplicateArticleIdError(entry.file, `another file already has the article id "${id}"`);
  }
  present.add(id);
  return id;
}

/** Reads one file; skips it when its fingerprint is in `previous`, else processes and sends it. */
async function indexEntry(
  deps: IndexerDeps,
  writer: IndexWriter,
  entry: CorpusEntry,
  id: string | null,
  previous: Map<string, string> | null,
  summary: IndexerSummary,
): Promise<void> {
  const source = await deps.reader.readBytes(entry);
  if (id === null) throw new Error(`${entry.file}: read although no format claims it`);
  const fingerprint = fingerprintArticle(entry.name, source.bytes, deps.pipelineVersion);
  if (previous?.get(id) === fingerprint) {
    summary.unchanged += 1;
    deps.onEvent({ type: 'article-unchanged', id, file: entry.file });
    return;
  }
  const article = deps.processArticle(source, id);
  await writer.putArticle({ ...article, fingerprint });
  summary.indexed += 1;
  summary.paragraphs += article.paragraphs.length;
  deps.onEvent({ type: 'article-indexed', id, file: entry.file, article });
}

/** A file that became unreadable keeps its last good version; a replacing write copies it over. */
async function keepPrevious(
  deps: IndexerDeps,
  writer: IndexWriter,
  id: string,
  previous: Map<string, string>,
  full: boolean,
): Promise<boolean> {
  if (!full) return true;
  const article = await (deps.readPreviousArticle ?? ((articleId) => deps.store.getArticle(articleId)))(id);
  const fingerprint = previous.get(id);
  if (!article || fingerprint === undefined) return false;
  const paragraphs = article.paragraphs.map(({ article: _article, date: _date, ...input }) => input);
  await writer.putArticle({ id, fingerprint, meta: article.meta, paragraphs });
  return true;
}

const YIELD_EVERY_FILES = 32;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new IndexingAbortedError('indexing interrupted', { cause: signal.reason });
}

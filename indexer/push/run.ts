import type { Article, IndexedArticle, IndexWriter, SearchEngine } from '../../search/index';
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
import { toIndexedArticle } from './previous-article';
import { createNameSettlement } from './settle-names';

/** The part of the engine the job needs. */
export type IndexStore = Pick<SearchEngine, 'getArticleFingerprints' | 'getArticlePersonSpellings' | 'beginWrite' | 'getArticle'>;

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
 * The indexer job: read → parse → chunk → tag → one spelling per person across the corpus → push,
 * in one write session committed at the end. A bad file is reported (`article-failed`) and
 * skipped, and its previously indexed version is kept; any other error aborts the write session
 * and is thrown.
 */
export async function runIndexer(deps: IndexerDeps, options: IndexerOptions): Promise<IndexerSummary> {
  const now = deps.now ?? Date.now;
  const started = now();
  const summary: IndexerSummary = {
    files: 0,
    indexed: 0,
    unchanged: 0,
    deleted: 0,
    failed: 0,
    renamed: 0,
    paragraphs: 0,
    elapsedMs: 0,
  };

  const entries = await deps.reader.list(options.corpusDir);
  summary.files = entries.length;
  const previous = await deps.store.getArticleFingerprints();
  const previousSpellings = await deps.store.getArticlePersonSpellings();
  const names = createNameSettlement(previousSpellings);
  const readPrevious = deps.readPreviousArticle ?? ((articleId: string) => deps.store.getArticle(articleId));
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
        const article = await indexEntry(deps, entry, id, options.full ? null : previous, summary);
        if (article) names.add(article, entry.file);
      } catch (error) {
        if (!(error instanceof CorpusFileError)) throw error;
        summary.failed += 1;
        const kept =
          id !== null && previous.has(id) && (await keepPrevious(readPrevious, writer, id, previous, previousSpellings, options.full));
        if (id !== null && !kept) names.forget(id);
        deps.onEvent({ type: 'article-failed', error, kept });
      }
      deps.onEvent({ type: 'progress', done: index + 1, files: entries.length });
    }

    for (const id of previous.keys()) {
      if (present.has(id)) continue;
      if (!options.full) await writer.deleteArticle(id);
      names.forget(id);
      summary.deleted += 1;
      deps.onEvent({ type: 'article-deleted', id });
    }
    throwIfAborted(deps.signal);
    summary.renamed = await names.settle({
      writer,
      readPrevious,
      previousFingerprints: previous,
      onIndexed: (article, file) => deps.onEvent({ type: 'article-indexed', id: article.id, file, article }),
      checkpoint: async () => {
        await yieldToEventLoop();
        throwIfAborted(deps.signal);
      },
    });
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

/** Reads one file; null when its fingerprint is in `previous`, else the processed article to send. */
async function indexEntry(
  deps: IndexerDeps,
  entry: CorpusEntry,
  id: string | null,
  previous: Map<string, string> | null,
  summary: IndexerSummary,
): Promise<IndexedArticle | null> {
  const source = await deps.reader.readBytes(entry);
  if (id === null) throw new Error(`${entry.file}: read although no format claims it`);
  const fingerprint = fingerprintArticle(entry.name, source.bytes, deps.pipelineVersion);
  if (previous?.get(id) === fingerprint) {
    summary.unchanged += 1;
    deps.onEvent({ type: 'article-unchanged', id, file: entry.file });
    return null;
  }
  const article = deps.processArticle(source, id);
  summary.indexed += 1;
  summary.paragraphs += article.paragraphs.length;
  return { ...article, fingerprint };
}

/** A file that became unreadable keeps its last good version; a replacing write copies it over. */
async function keepPrevious(
  readPrevious: (id: string) => Promise<Article | null>,
  writer: IndexWriter,
  id: string,
  previous: Map<string, string>,
  previousSpellings: Map<string, string[]>,
  full: boolean,
): Promise<boolean> {
  if (!full) return true;
  const article = await readPrevious(id);
  const fingerprint = previous.get(id);
  if (!article || fingerprint === undefined) return false;
  await writer.putArticle(toIndexedArticle(article, fingerprint, previousSpellings.get(id) ?? []));
  return true;
}

const YIELD_EVERY_FILES = 32;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new IndexingAbortedError('indexing interrupted', { cause: signal.reason });
}

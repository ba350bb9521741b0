import path from 'node:path';
import { settleArticle, type ArticleDraft, type ArticleRules, type ImportedArticle } from './article';
import { readCsv, readJsonLines, recordToDraft, type ColumnMapping, type ExportRecord } from './bulk-export';
import { parseHttpUrl } from './canonical-url';
import { decodeText } from './charset';
import { errorReason, ImportError } from './errors';
import { feedItemArticle, feedItemMeta, fragmentBlocks, parseFeed, type Feed, type FeedItem } from './feed';
import { formatMarkdownArticle } from './format-markdown';
import { extractHtmlArticle } from './html-article';
import type { HttpClient } from './http-client';
import { readLocalFile } from './read-local-file';
import type { ImportState } from './state-file';
import { createTaskQueue } from './task-queue';
import { compareCorpusFile, writeCorpusFile, type WriteStatus } from './write-corpus-file';

export type SourceKind = 'html' | 'feed' | 'jsonl' | 'csv';

/** A source as given: a path or an http(s) URL, and its kind when known in advance (`--feeds`). */
export interface ImportSource {
  location: string;
  kind?: SourceKind;
}

export interface ImportOptions {
  corpusDir: string;
  dryRun: boolean;
  rules: ArticleRules;
  concurrency: number;
  mapping: ColumnMapping;
  /** Size cap of local files (downloads are capped by the HTTP client). */
  maxBytes: number;
  http: HttpClient;
  /** ETag / Last-Modified of URLs fully imported before; updated in place. */
  state: ImportState;
  /** Ignore the stored validators: fetch everything again. */
  refresh: boolean;
  onEvent: (event: ImportEvent) => void;
}

export type ArticleStatus = WriteStatus | 'duplicate';

export type ImportEvent =
  /** More work found (feed items, export records; the source itself counted as one). */
  | { type: 'queued'; count: number }
  | { type: 'article'; source: string; file: string; status: ArticleStatus; article: ImportedArticle }
  | { type: 'not-modified'; source: string }
  | { type: 'error'; source: string; reason: string; error: unknown };

export type ImportSummary = Record<ArticleStatus | 'notModified' | 'errors', number>;

const EXTENSION_KINDS: Record<string, SourceKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};

/**
 * Imports every source into the corpus folder: one Markdown file per article, named by its stable
 * id. A failing source (or feed item, or export line) is reported by an `error` event and the others
 * go on. When two sources give the same article, its page wins over a feed's copy, then the first
 * source on the command line, whatever the order in which they finish, so a re-run writes the same bytes.
 */
export async function runImport(sources: readonly ImportSource[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, duplicate: 0, notModified: 0, errors: 0 };
  const queue = createTaskQueue(options.concurrency);
  const bestRank = new Map<string, number>();
  const writes = new Map<string, Promise<unknown>>();
  const finalizers: Promise<void>[] = [];

  const emit = (event: ImportEvent) => {
    if (event.type === 'article') summary[event.status]++;
    else if (event.type === 'not-modified') summary.notModified++;
    else if (event.type === 'error') summary.errors++;
    options.onEvent(event);
  };
  const fail = (source: string, error: unknown) => emit({ type: 'error', source, reason: errorReason(error), error });

  async function save(draft: ArticleDraft, source: string, rank: number): Promise<void> {
    const article = settleArticle(draft, options.rules);
    const text = formatMarkdownArticle(article);
    const best = bestRank.get(article.id);
    if (best === undefined || rank < best) bestRank.set(article.id, rank);
    const write = (writes.get(article.id) ?? Promise.resolve()).then(async (): Promise<ArticleStatus> => {
      if (bestRank.get(article.id) !== rank) return 'duplicate';
      return options.dryRun ? compareCorpusFile(options.corpusDir, article.id, text) : writeCorpusFile(options.corpusDir, article.id, text);
    });
    writes.set(article.id, write.catch(() => undefined));
    const status = await write;
    emit({ type: 'article', source, file: path.join(options.corpusDir, `${article.id}.md`), status, article });
  }

  /** GET with the stored validators; null when the server says nothing changed. */
  async function fetchText(url: string, accept?: string) {
    const validators = options.refresh ? undefined : options.state.http[url];
    const result = await options.http.get(url, { validators, ...(accept ? { accept } : {}) });
    if (result.kind === 'not-modified') return null;
    const remember = () => {
      if (result.etag || result.lastModified) options.state.http[url] = { etag: result.etag, lastModified: result.lastModified };
    };
    return { text: decodeText(result.bytes, result.contentType), finalUrl: result.url, contentType: result.contentType, remember };
  }

  async function importUrl(source: ImportSource, rank: number): Promise<void> {
    const fetched = await fetchText(source.location, source.kind === 'feed' ? FEED_ACCEPT : undefined);
    if (!fetched) return emit({ type: 'not-modified', source: source.location });
    const kind = source.kind ?? sniffKind(fetched.text, fetched.contentType);
    if (kind === 'feed') {
      const done = importFeed(parseFeed(fetched.text, fetched.finalUrl), source.location, rank);
      finalizers.push(done.then((ok) => (ok ? fetched.remember() : undefined)));
      return;
    }
    await save(extractHtmlArticle(fetched.text, fetched.finalUrl), source.location, rank);
    fetched.remember();
  }

  async function importFile(source: ImportSource, rank: number): Promise<void> {
    const file = source.location;
    const kind = source.kind ?? EXTENSION_KINDS[path.extname(file).toLowerCase()];
    if (kind === 'jsonl' || kind === 'csv') return importExport(file, kind, rank);
    const text = decodeText(await readLocalFile(file, options.maxBytes));
    if ((kind ?? sniffKind(text, null)) === 'feed') {
      await importFeed(parseFeed(text, null), file, rank);
      return;
    }
    await save(extractHtmlArticle(text, null), file, rank);
  }

  /** Queues the items of a feed; resolves to true when every item was imported. */
  function importFeed(feed: Feed, source: string, rank: number): Promise<boolean> {
    emit({ type: 'queued', count: feed.items.length - 1 });
    const items = feed.items.map((item, index) => {
      const label = item.link ?? `${source} item ${index + 1}`;
      return queue.push(async () => {
        try {
          await importFeedItem(feed, item, label, rank + index + 1);
          return true;
        } catch (error) {
          fail(label, error);
          return false;
        }
      });
    });
    return Promise.all(items).then((results) => results.every(Boolean));
  }

  async function importFeedItem(feed: Feed, item: FeedItem, label: string, rank: number): Promise<void> {
    const carried = feedItemArticle(item, feed);
    if (carried) return save(carried, label, rank + FEED_CONTENT_RANK);
    const meta = feedItemMeta(item, feed);
    if (!item.link) {
      if (!item.html) throw new ImportError('feed item with neither a link nor content');
      return save({ ...meta, blocks: fragmentBlocks(item.html) }, label, rank);
    }
    const page = await fetchText(item.link);
    if (!page) return emit({ type: 'not-modified', source: label });
    // The page alone decides the file (the feed only fills a missing date or language), so the same
    // page imported directly, or from another feed, or after a 304 on this feed, gives the same bytes.
    const draft = extractHtmlArticle(page.text, page.finalUrl);
    await save({ ...draft, date: draft.date ?? meta.date, lang: draft.lang ?? meta.lang }, label, rank);
    page.remember();
  }

  async function importExport(file: string, kind: 'jsonl' | 'csv', rank: number): Promise<void> {
    const records: AsyncIterable<ExportRecord> = kind === 'jsonl' ? readJsonLines(file) : readCsv(file);
    try {
      for await (const record of records) {
        if (record.index > 1) emit({ type: 'queued', count: 1 });
        try {
          if ('error' in record) throw record.error;
          await save(recordToDraft(record.values, options.mapping), record.label, rank + record.index);
        } catch (error) {
          fail(record.label, error);
        }
      }
    } catch (cause) {
      throw new ImportError(`cannot read ${kind === 'csv' ? 'CSV' : 'JSON Lines'}: ${errorReason(cause)}`, { cause });
    }
  }

  emit({ type: 'queued', count: sources.length });
  sources.forEach((source, index) => {
    const rank = index * SOURCE_RANK_STRIDE;
    const isUrl = /^https?:\/\//i.test(source.location) && parseHttpUrl(source.location) !== null;
    void queue.push(async () => {
      try {
        await (isUrl ? importUrl(source, rank) : importFile(source, rank));
      } catch (error) {
        fail(source.location, error);
      }
    });
  });
  await queue.idle();
  await Promise.all(finalizers);
  return summary;
}

/** Items of a source rank after it and before the next source. */
const SOURCE_RANK_STRIDE = 1e9;
/** An article from a page always wins over the same article carried by a feed: it does not depend on the feed being fetched. */
const FEED_CONTENT_RANK = 1e15;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

function sniffKind(text: string, contentType: string | null): 'feed' | 'html' {
  if (contentType && /\b(?:rss|atom|xml)\b/i.test(contentType) && !/html/i.test(contentType)) return 'feed';
  const head = text.trimStart().slice(0, 1000);
  return /^(?:<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*)?<(?:rss|feed|rdf:RDF)\b/i.test(head) ? 'feed' : 'html';
}

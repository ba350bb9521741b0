import type { ProcessedArticle } from '../build-paragraphs';
import type { CorpusFileError } from '../errors';

/** What the job reports while it runs; the CLI turns these into a progress bar, logs and JSON. */
export type IndexerEvent =
  | { type: 'start'; files: number }
  | { type: 'article-indexed'; id: string; file: string; article: ProcessedArticle }
  | { type: 'article-unchanged'; id: string; file: string }
  /** `kept`: the previous version of the article stays in the index. */
  | { type: 'article-failed'; error: CorpusFileError; kept: boolean }
  | { type: 'article-deleted'; id: string }
  | { type: 'progress'; done: number; files: number }
  | { type: 'committed'; summary: IndexerSummary };

export interface IndexerSummary {
  /** Article files seen in the corpus folder. */
  files: number;
  /** Articles parsed, tagged and sent. */
  indexed: number;
  /** Articles whose fingerprint had not changed: neither re-tagged nor re-sent. */
  unchanged: number;
  /** Articles removed from the index because their file is gone. */
  deleted: number;
  failed: number;
  /** Articles not re-tagged but re-sent because the corpus-wide spelling of one of their persons changed. */
  renamed: number;
  /** Paragraphs sent to the engine. */
  paragraphs: number;
  elapsedMs: number;
}

export type IndexerEventListener = (event: IndexerEvent) => void;

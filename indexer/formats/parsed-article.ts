import type { ArticleFormat } from './registry';

/** A block of the article body, as the file's syntax gives it (before chunking). */
export type ArticleBlock =
  | { kind: 'heading'; text: string }
  /** Consecutive non-blank lines; in the text format a short one may still be a subheading. */
  | { kind: 'lines'; lines: string[] };

/** What the parse stage extracts from one file. */
export interface ParsedArticle {
  id: string;
  file: string;
  format: ArticleFormat;
  /** Given title, or null when it must be derived from the lede. */
  title: string | null;
  date: string;
  source: string | null;
  sourceUrl: string | null;
  /** Body blocks in order; the first `lines` block is the lede. */
  blocks: ArticleBlock[];
}

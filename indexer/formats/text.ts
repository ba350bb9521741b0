import { checkArticleDate } from './article-date';
import { InvalidDateError, MissingDateError } from '../errors';
import type { ArticleBlock, ParsedArticle } from './parsed-article';
import type { CorpusFormat } from './registry';

const DATE_LINE = /^\s*date[ \t]+(\S+)(?:[ \t]+(.*))?$/i;

/** Splits text into blocks of consecutive non-blank lines (lines trimmed). */
function splitBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The seed format: the first line is `date YYYY-MM[-DD]` (leading spaces allowed) followed by
 * the lede; paragraphs are separated by blank lines.
 */
function parseTextArticle(input: { id: string; file: string; text: string }): ParsedArticle {
  const lines = splitLines(input.text);
  const first = lines.findIndex((line) => line.trim() !== '');
  const header = DATE_LINE.exec(lines[first] ?? '');
  if (!header) {
    throw new MissingDateError(input.file, 'missing date: the first line must start with "date YYYY-MM" or "date YYYY-MM-DD"');
  }
  const date = header[1] ?? '';
  const check = checkArticleDate(date);
  if (!check.ok) throw new InvalidDateError(input.file, check.reason);
  const body = [header[2] ?? '', ...lines.slice(first + 1)];
  const blocks: ArticleBlock[] = splitBlocks(body).map((block) => ({ kind: 'lines', lines: block }));
  return {
    id: input.id,
    file: input.file,
    format: 'text',
    title: null,
    date,
    source: null,
    sourceUrl: null,
    blocks,
  };
}

export const textFormat = { name: 'text', extensions: ['.txt'], parse: parseTextArticle } as const satisfies CorpusFormat<'text'>;

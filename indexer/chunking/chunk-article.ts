import { EmptyFileError } from '../errors';
import type { ParsedArticle } from '../formats/parsed-article';
import { splitLongParagraph } from './split-long-paragraph';

/** A subheading is a single line at most this long with no final punctuation. */
const MAX_SUBHEADING_CHARS = 100;
const MAX_DERIVED_TITLE_CHARS = 100;
const FINAL_PUNCTUATION = /[.!?…:;,»"”’')]$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

export interface ArticleChunk {
  /** 1-based; the lede is 1. */
  position: number;
  section: string | null;
  /** As written (NFC), lines of one paragraph joined by a space. */
  text: string;
}

export interface ChunkedArticle {
  article: ParsedArticle;
  title: string;
  paragraphs: ArticleChunk[];
}

function isSubheading(line: string): boolean {
  return line.length <= MAX_SUBHEADING_CHARS && HAS_WORD.test(line) && !FINAL_PUNCTUATION.test(line);
}

/**
 * Lede and body paragraphs, numbered 1..n. A subheading is not a paragraph: it becomes the
 * `section` of the paragraphs after it. Lines with no letter or digit (`* * *`) are dropped. A
 * paragraph over `MAX_PARAGRAPH_CHARS` becomes several, one per part (see `splitLongParagraph`).
 */
export function chunkArticle(article: ParsedArticle): ChunkedArticle {
  const paragraphs: ArticleChunk[] = [];
  let section: string | null = null;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      section = block.text;
      continue;
    }
    const text = block.lines.join(' ');
    if (!HAS_WORD.test(text)) continue;
    const isLede = paragraphs.length === 0;
    if (!isLede && article.format === 'text' && block.lines.length === 1 && isSubheading(text)) {
      section = text;
      continue;
    }
    for (const part of splitLongParagraph(text)) paragraphs.push({ position: paragraphs.length + 1, section, text: part });
  }
  const lede = paragraphs[0];
  if (!lede) throw new EmptyFileError(article.file, 'no paragraph after the header');
  return { article, title: article.title ?? deriveTitle(lede.text), paragraphs };
}

/** The lede's first sentence, or its first words when that sentence is too long. */
function deriveTitle(lede: string): string {
  const sentence = /^(.+?[.!?…])(?:\s|$)/u.exec(lede)?.[1] ?? lede;
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence.replace(/\.$/u, '');
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS);
  const lastSpace = cut.search(/\s\S*$/u);
  const words = (lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/u, '');
  return `${words}…`;
}

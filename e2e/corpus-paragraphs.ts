import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One paragraph of the e2e corpus, read from its file (not from the engine). */
export interface CorpusParagraph {
  article: string;
  /** The article's date, `YYYY-MM-DD`. */
  date: string;
  text: string;
}

const CORPUS_DIR = path.join(import.meta.dirname, 'corpus');

/**
 * The paragraphs of the e2e corpus: blocks between blank lines, without Markdown front matter,
 * headings (`## …`, or a .txt line ending with no sentence mark) and the .txt date prefix.
 */
export function corpusParagraphs(): CorpusParagraph[] {
  return readdirSync(CORPUS_DIR)
    .sort()
    .flatMap((file) => {
      let body = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
      let date = '';
      const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
      if (front) {
        date = /^date: (\S+)/m.exec(front[1]!)![1]!;
        body = body.slice(front[0].length);
      } else {
        const header = /^date (\d{4}-\d{2}-\d{2}) /.exec(body)!;
        date = header[1]!;
        body = body.slice(header[0].length);
      }
      return body
        .split(/\n\s*\n/)
        .map((block) => block.trim())
        .filter((block) => block !== '' && !block.startsWith('#') && /[.!?»”]$/.test(block))
        .map((text) => ({ article: file.replace(/\.\w+$/, ''), date, text }));
    });
}

/** Paragraphs matching every pattern. */
export function matching(...patterns: RegExp[]): CorpusParagraph[] {
  return corpusParagraphs().filter((p) => patterns.every((re) => re.test(p.text)));
}

export const articlesOf = (paragraphs: readonly CorpusParagraph[]) => new Set(paragraphs.map((p) => p.article)).size;

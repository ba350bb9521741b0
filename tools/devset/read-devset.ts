import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParagraphTags } from '../../indexer/tag/types';

export interface DevArticle {
  name: string;
  paragraphs: string[];
  expected: ParagraphTags[];
}

const DATE_PREFIX = /^\s*date \d{4}-\d{2}(?:-\d{2})?\s+/;
const FINAL_PUNCTUATION = /[.!?…:;»"”)]$/;
const SUBHEADING_MAX_LENGTH = 120;

/** Paragraphs of a dev-set article (seed format): the lede after the date, subheadings left out. */
export function readDevParagraphs(text: string): string[] {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  if (blocks[0]) blocks[0] = blocks[0].replace(DATE_PREFIX, '');
  return blocks.filter((b, i) => i === 0 || b.includes('\n') || b.length > SUBHEADING_MAX_LENGTH || FINAL_PUNCTUATION.test(b));
}

/** Every `NAME.txt` of a folder with its annotations `NAME.json` (one entry per paragraph). */
export function readDevset(dir: string): DevArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const paragraphs = readDevParagraphs(readFileSync(join(dir, file), 'utf8'));
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as ParagraphTags[];
      if (expected.length !== paragraphs.length) {
        throw new Error(`${name}: ${paragraphs.length} paragraphs but ${expected.length} annotations`);
      }
      return { name, paragraphs, expected };
    });
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkArticle } from '../../indexer/chunking/chunk-article';
import { parseArticle } from '../../indexer/formats/registry';
import type { ParagraphTags } from '../../indexer/tag/types';

export interface DevArticle {
  name: string;
  paragraphs: string[];
  expected: ParagraphTags[];
}

/** Paragraphs of a dev-set article (seed format), cut exactly as the indexer cuts them. */
function readDevParagraphs(name: string, file: string, text: string): string[] {
  return chunkArticle(parseArticle({ id: name, file, format: 'text', text })).paragraphs.map((p) => p.text);
}

/** Every `NAME.txt` of a folder with its annotations `NAME.json` (one entry per paragraph). */
export function readDevset(dir: string): DevArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const paragraphs = readDevParagraphs(name, file, readFileSync(join(dir, file), 'utf8'));
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as ParagraphTags[];
      if (expected.length !== paragraphs.length) {
        throw new Error(`${name}: ${paragraphs.length} paragraphs but ${expected.length} annotations`);
      }
      return { name, paragraphs, expected };
    });
}

import { markdownFormat } from './markdown';
import type { ParsedArticle } from './parsed-article';
import { textFormat } from './text';

/** A corpus file format: the extensions it claims and the parser that turns a file into blocks. */
export interface CorpusFormat<Name extends string = string> {
  name: Name;
  /** Lower case, with the dot. */
  extensions: readonly string[];
  parse(input: { id: string; file: string; text: string }): ParsedArticle;
}

/** Every format the indexer reads: a new format is one file exporting a `CorpusFormat`, listed here. */
const CORPUS_FORMATS = [textFormat, markdownFormat] as const;

export type ArticleFormat = (typeof CORPUS_FORMATS)[number]['name'];

const FORMAT_BY_EXTENSION = new Map<string, ArticleFormat>(
  CORPUS_FORMATS.flatMap((format) => format.extensions.map((extension) => [extension, format.name] as const)),
);

/** The format of a file extension (lower case, with the dot), or undefined when none reads it. */
export function formatForExtension(extension: string): ArticleFormat | undefined {
  return FORMAT_BY_EXTENSION.get(extension);
}

/** "`.txt`, `.md` or `.markdown`"-style list for messages. */
export function describeSupportedExtensions(): string {
  const extensions = [...FORMAT_BY_EXTENSION.keys()];
  return extensions.length > 1 ? `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1)!}` : extensions.join('');
}

export function parseArticle(input: { id: string; file: string; format: ArticleFormat; text: string }): ParsedArticle {
  const format = CORPUS_FORMATS.find((f) => f.name === input.format)!;
  return format.parse(input);
}

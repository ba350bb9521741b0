import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { formatZodIssues } from '../../search/index';
import { checkArticleDate } from './article-date';
import { FrontMatterError, InvalidDateError, MissingDateError } from '../errors';
import type { ArticleBlock, ParsedArticle } from './parsed-article';
import type { CorpusFormat } from './registry';
import { splitLines } from './text';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .nullish();

const frontMatterSchema = z.object({
  title: optionalText,
  date: z.unknown().optional(),
  source: optionalText,
  url: z.url({ protocol: /^https?$/ }).nullish(),
});

const FENCE = /^(?:---|\.\.\.)\s*$/;
const ATX_HEADING = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** Markdown with YAML front matter (`title`, `date`, `source`, `url`; other keys such as `lang` are ignored). */
function parseMarkdownArticle(input: { id: string; file: string; text: string }): ParsedArticle {
  const lines = splitLines(input.text);
  if (!/^---\s*$/.test(lines[0] ?? '')) {
    throw new FrontMatterError(input.file, 'missing YAML front matter (the file must start with "---")');
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) throw new FrontMatterError(input.file, 'front matter is not closed by "---"');

  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'), { schema: 'core' });
  } catch (cause) {
    throw new FrontMatterError(input.file, 'front matter is not valid YAML', { cause });
  }
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const problems = formatZodIssues(parsed.error, { rootName: 'front matter' }).join('; ');
    throw new FrontMatterError(input.file, `invalid front matter: ${problems}`, { cause: parsed.error });
  }
  const meta = parsed.data;
  if (meta.date === undefined || meta.date === null || meta.date === '') {
    throw new MissingDateError(input.file, 'missing date in front matter');
  }
  const date = String(meta.date).trim();
  const check = checkArticleDate(date);
  if (!check.ok) throw new InvalidDateError(input.file, check.reason);

  return {
    id: input.id,
    file: input.file,
    format: 'markdown',
    title: meta.title ?? null,
    date,
    source: meta.source ?? null,
    sourceUrl: meta.url ?? null,
    blocks: splitMarkdownBlocks(lines.slice(end + 1)),
  };
}

function splitMarkdownBlocks(lines: readonly string[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ kind: 'lines', lines: current });
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      const text = stripInlineMarkdown(heading[1] ?? '');
      if (text !== '') blocks.push({ kind: 'heading', text });
    } else if (line === '') {
      flush();
    } else {
      const content = stripInlineMarkdown(line.replace(/^(?:>[ \t]?)+/, ''));
      if (content !== '') current.push(content);
    }
  }
  flush();
  return blocks;
}

/** Removes Markdown markup that would show up as noise in a paragraph; words are kept as written. */
function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

export const markdownFormat = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  parse: parseMarkdownArticle,
} as const satisfies CorpusFormat<'markdown'>;

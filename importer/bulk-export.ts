import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { z } from 'zod';
import type { ArticleBlock, ArticleDraft } from './article';
import { canonicalUrl, parseHttpUrl } from './canonical-url';
import { parseArticleDate } from './dates';
import { ImportConfigError, InvalidSourceError, type ImportError } from './errors';
import { fragmentBlocks } from './feed';
import { oneLine } from './format-markdown';

export const MAPPED_FIELDS = ['title', 'date', 'text', 'url', 'source', 'lang'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Which column (or dotted path in a JSON record) holds each field. */
export type ColumnMapping = Partial<Record<MappedField, string>>;

const DEFAULT_COLUMNS: Record<MappedField, readonly string[]> = {
  title: ['title', 'headline'],
  date: ['date', 'datePublished', 'published', 'pubDate'],
  text: ['text', 'content', 'body', 'articleBody'],
  url: ['url', 'link'],
  source: ['source', 'site', 'publisher'],
  lang: ['lang', 'language', 'inLanguage'],
};

const mappingSchema = z.partialRecord(z.enum(MAPPED_FIELDS), z.string().trim().min(1));

/** `title=headline,date=pubDate` (or the same as a JSON object in a file) into a mapping. */
export function parseColumnMapping(spec: string | Record<string, unknown>): ColumnMapping {
  const entries =
    typeof spec === 'string'
      ? spec
          .split(',')
          .filter((part) => part.trim() !== '')
          .map((part) => {
            const [field, column] = part.split('=', 2);
            if (column === undefined) throw new ImportConfigError(`--map: "${part}" is not field=column`);
            return [field?.trim(), column.trim()];
          })
      : Object.entries(spec);
  const parsed = mappingSchema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'mapping'}: ${i.message}`);
    throw new ImportConfigError(`--map: ${problems.join('; ')} (fields: ${MAPPED_FIELDS.join(', ')})`, { cause: parsed.error });
  }
  return parsed.data;
}

/** One record of an export (`label` is `file:line`, `index` its position), or why its line is unreadable. */
export type ExportRecord = { label: string; index: number } & ({ values: Record<string, unknown> } | { error: ImportError });

/** The records of a JSON Lines file, one by one (a bad line is a record that fails, not the file). */
export async function* readJsonLines(file: string): AsyncGenerator<ExportRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let index = 0;
  for await (const line of lines) {
    index++;
    if (line.trim() === '') continue;
    const label = `${file}:${index}`;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
      yield { label, index, values: value as Record<string, unknown> };
    } catch (cause) {
      yield { label, index, error: new InvalidSourceError(`not a JSON object: ${(cause as Error).message}`, { cause }) };
    }
  }
}

/** The records of a CSV file with a header row (comma or semicolon, as French exports often are). */
export async function* readCsv(file: string): AsyncGenerator<ExportRecord> {
  const head = await readHead(file);
  const delimiter = (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = createReadStream(file).pipe(parseCsv({ columns: true, bom: true, delimiter, relax_column_count: true, info: true }));
  let index = 0;
  for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    index++;
    yield { label: `${file}:${row.info.lines}`, index, values: row.record };
  }
}

async function readHead(file: string): Promise<string> {
  for await (const chunk of createReadStream(file, { encoding: 'utf8', end: 4095 })) return (chunk as string).split('\n')[0] ?? '';
  return '';
}

/** One export record as an article draft, through the column mapping. */
export function recordToDraft(values: Record<string, unknown>, mapping: ColumnMapping): ArticleDraft {
  const field = (name: MappedField) => readField(values, mapping[name] ? [mapping[name]] : DEFAULT_COLUMNS[name]);
  const body = field('text');
  if (!body) throw new InvalidSourceError(`no text (column ${mapping.text ?? DEFAULT_COLUMNS.text.join('/')})`);
  const rawDate = field('date');
  const date = parseArticleDate(rawDate);
  if (rawDate && !date) throw new InvalidSourceError(`date not understood: "${rawDate}"`);
  const rawUrl = field('url');
  const url = rawUrl ? parseHttpUrl(rawUrl) : null;
  return {
    title: field('title'),
    date,
    source: field('source'),
    url: url ? canonicalUrl(url) : null,
    lang: field('lang'),
    blocks: bodyBlocks(body),
  };
}

function readField(values: Record<string, unknown>, columns: readonly string[]): string | null {
  for (const column of columns) {
    let value: unknown = column in values ? values[column] : column.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], values);
    if (typeof value === 'object' && value !== null && 'name' in value) value = (value as { name: unknown }).name;
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text !== '') return text;
    }
  }
  return null;
}

const LOOKS_LIKE_HTML = /<(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>/i;

/** HTML bodies go through the same block reader as pages; plain text splits on blank lines (or lines). */
export function bodyBlocks(body: string): ArticleBlock[] {
  if (LOOKS_LIKE_HTML.test(body)) return fragmentBlocks(body);
  const normalised = body.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n');
  return parts.flatMap((part): ArticleBlock[] => {
    const heading = /^#{1,6}[ \t]+(.+)$/.exec(part.trim());
    if (heading?.[1]) return [{ kind: 'heading', text: oneLine(heading[1]) }];
    const text = oneLine(part);
    return text ? [{ kind: 'paragraph', text }] : [];
  });
}

import { stringify } from 'csv-stringify/sync';
import { VALUE_FACETS, type ValueFacetName } from './facets';
import { foldText } from './french/fold';
import { paragraphPath } from './paths';
import type { StreamedHit } from './types';

/** The formats a query's hits can be exported in. */
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** One exported paragraph: value facets in registry order, the deep link absolute. */
export type ExportRecord = {
  id: string;
  article: string;
  date: string;
  title: string;
  source: string | null;
  position: number;
  section: string | null;
} & Record<ValueFacetName, string[]> & { text: string; url: string };

/** CSV columns, in the order of `ExportRecord`. */
export const EXPORT_COLUMNS: readonly (keyof ExportRecord)[] = [
  'id',
  'article',
  'date',
  'title',
  'source',
  'position',
  'section',
  ...VALUE_FACETS.map((f) => f.name),
  'text',
  'url',
];

/** Spreadsheet software reads UTF-8 without it as the local code page: accents break. */
const BOM = '\uFEFF';
/** Several values in one CSV cell (persons, countries). */
const LIST_SEPARATOR = '; ';

export function toExportRecord(hit: StreamedHit, origin: string): ExportRecord {
  return {
    id: hit.id,
    article: hit.article,
    date: hit.date,
    title: hit.title,
    source: hit.source,
    position: hit.position,
    section: hit.section,
    ...(Object.fromEntries(VALUE_FACETS.map((f) => [f.name, hit.facets[f.name]])) as Record<ValueFacetName, string[]>),
    text: hit.text,
    url: new URL(paragraphPath(hit.id), origin).href,
  };
}

/**
 * One CSV line. Cells starting with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading
 * `'` (`escape_formulas`), so spreadsheet software shows them as text instead of running them.
 */
export function toCsvLine(cells: readonly (string | number | null)[]): string {
  return stringify([cells.map((c) => c ?? '')], { escape_formulas: true });
}

function csvCells(record: ExportRecord): (string | number | null)[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = record[column];
    return Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
  });
}

/**
 * The export file, a line at a time: the caller pulls, so only the hits of the current engine
 * batch are in memory however many there are. CSV: BOM, header, one row per paragraph.
 */
export async function* exportLines(hits: AsyncIterable<StreamedHit>, format: ExportFormat, origin: string): AsyncGenerator<string> {
  if (format === 'csv') yield BOM + toCsvLine(EXPORT_COLUMNS);
  for await (const hit of hits) {
    const record = toExportRecord(hit, origin);
    yield format === 'csv' ? toCsvLine(csvCells(record)) : `${JSON.stringify(record)}\n`;
  }
}

const FILE_WORDS_LENGTH = 60;

/** `paragraphe-<query words>-<YYYY-MM-DD>.<format>`: ASCII only, whatever the query holds. */
export function exportFileName(q: string, format: ExportFormat, now: Date): string {
  const words = foldText(q)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, FILE_WORDS_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `paragraphe-${words || 'tout'}-${now.toISOString().slice(0, 10)}.${format}`;
}

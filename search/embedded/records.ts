import type { Article, Paragraph } from '../types';

/** A `paragraphs` row as SQLite returns it. */
export interface ParagraphRow {
  id: string;
  article: string;
  position: number;
  section: string | null;
  text: string;
  date: string;
  persons: string;
  countries: string;
  title: string;
  source: string | null;
  source_url: string | null;
}

export interface ArticleRow {
  id: string;
  title: string;
  date: string;
  source: string | null;
  source_url: string | null;
}

export const PARAGRAPH_COLUMNS =
  'id, article, position, section, text, date, persons, countries, title, source, source_url';

/** Facet lists are stored one value a line: names and codes never hold a line break. */
export function encodeList(values: readonly string[]): string {
  return values.join('\n');
}

export function decodeList(stored: string): string[] {
  return stored === '' ? [] : stored.split('\n');
}

export function toParagraph(row: ParagraphRow): Paragraph {
  return {
    id: row.id,
    article: row.article,
    position: row.position,
    section: row.section,
    text: row.text,
    date: row.date,
    persons: decodeList(row.persons),
    countries: decodeList(row.countries),
    title: row.title,
    source: row.source,
    sourceUrl: row.source_url,
  };
}

export function toArticle(row: ArticleRow, paragraphs: Paragraph[]): Article {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    source: row.source,
    sourceUrl: row.source_url,
    paragraphs,
  };
}

import { VALUE_FACETS, type ValueFacetName } from '../facets';
import type { Article, ArticleMeta, Paragraph, ParagraphFacets, SearchHit } from '../types';

/** The SQL column holding a values facet, prefixed so no facet name can clash with ours. */
export function facetColumn(name: ValueFacetName): string {
  return `facet_${name}`;
}

/** The value facets' columns, in registry order. */
export const FACET_COLUMNS = VALUE_FACETS.map((f) => facetColumn(f.name));

/** A paragraph row joined with its article's metadata and its facet lists, as SQLite returns it. */
export type ParagraphRow = {
  id: string;
  article: string;
  position: number;
  section: string | null;
  text: string;
  date: string;
  article_title: string;
  article_source: string | null;
} & Record<string, string | number | null>;

export interface ArticleRow {
  id: string;
  title: string;
  date: string;
  source: string | null;
  source_url: string | null;
}

/** `SELECT … FROM` a paragraph joined with its article and its facets (alias p, a, f). */
export const PARAGRAPH_SELECT = `SELECT p.id, p.article, p.position, p.section, p.text,
  a.date, a.title AS article_title, a.source AS article_source,
  ${FACET_COLUMNS.map((c) => `f.${c}`).join(', ')}
  FROM paragraphs p JOIN articles a ON a.id = p.article JOIN paragraph_facets f ON f.rowid = p.rowid`;

/** Facet lists are stored one value a line: names and codes never hold a line break. */
export function encodeList(values: readonly string[]): string {
  return values.join('\n');
}

export function decodeList(stored: unknown): string[] {
  return typeof stored !== 'string' || stored === '' ? [] : stored.split('\n');
}

export function toParagraph(row: ParagraphRow): Paragraph {
  const facets = Object.fromEntries(
    VALUE_FACETS.map((f) => [f.name, decodeList(row[facetColumn(f.name)])]),
  ) as ParagraphFacets;
  return {
    id: row.id,
    position: row.position,
    section: row.section,
    text: row.text,
    facets,
    article: row.article,
    date: row.date,
  };
}

/** A page hit: the paragraph, its highlight, and its article's title and source. */
export function toSearchHit(row: ParagraphRow, marked: Pick<SearchHit, 'highlight' | 'snippet'>): SearchHit {
  return { ...toParagraph(row), ...marked, title: row.article_title, source: row.article_source };
}

export function toArticleMeta(row: ArticleRow): ArticleMeta {
  return { title: row.title, date: row.date, source: row.source, sourceUrl: row.source_url };
}

export function toArticle(row: ArticleRow, paragraphs: Paragraph[]): Article {
  return { id: row.id, meta: toArticleMeta(row), paragraphs };
}

import { VALUE_FACETS } from '../facets';
import type { ArticleMeta, Paragraph, ParagraphFacets, ParagraphInput } from '../types';
import { stemText } from './analysis';
import { facetKeyField, KEYED_FACETS, toFacetKeys } from './facet-keys';

/**
 * One paragraph as stored in Meilisearch: its own fields, the article's date (Meilisearch filters
 * and sorts within one index, so the period keys must sit on the paragraph) and one list per
 * `values` facet of the registry, under the facet's name (and its facet-search keys, see
 * `facet-keys.ts`). Title and source live in the articles
 * index only.
 */
export type MeiliParagraphDocument = {
  id: string;
  article: string;
  position: number;
  section: string | null;
  text: string;
  /** Snowball stems of `text`: Meilisearch has no stemming, so inflections match here. */
  text_stem: string;
  date: string;
  /** `[YYYY, YYYY-MM]`: one facet feeding both the year and the month counts. */
  period: string[];
  /** YYYYMMDD (day 00 when the date is a month): newest-first ordering. */
  date_sort: number;
  /** Id of the write that stored this version; stale paragraphs are deleted by it. */
  rev: string;
} & Record<string, unknown>;

/** The fields search and document reads return (the displayed attributes). */
export const STORED_PARAGRAPH_FIELDS: readonly string[] = [
  'id',
  'article',
  'position',
  'section',
  'text',
  'date',
  ...VALUE_FACETS.map((f) => f.name),
];

/** What search and document reads return. */
export type StoredParagraph = Pick<MeiliParagraphDocument, 'id' | 'article' | 'position' | 'section' | 'text' | 'date'> &
  Partial<Record<string, unknown>>;

/** One article's metadata and fingerprint, in the articles index (one document per article). */
export interface ArticleDocument {
  /** Hash of the article id: article ids are file names, not valid document ids. */
  id: string;
  article: string;
  fingerprint: string;
  title: string;
  date: string;
  source: string | null;
  source_url: string | null;
  /** `IndexedArticle.personSpellings`. */
  person_spellings: string[];
  rev: string;
  /** Ids of earlier versions' paragraphs that lead to no paragraph now (see `former-ids.ts`). */
  former_ids?: string[];
}

/** The fields of an article document that hits and article pages read. */
export const ARTICLE_META_FIELDS = ['article', 'title', 'date', 'source', 'source_url'] as const;
export type StoredArticleMeta = Pick<ArticleDocument, (typeof ARTICLE_META_FIELDS)[number]>;

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Year and month facet values of a `YYYY-MM` or `YYYY-MM-DD` date. */
export function toPeriod(date: string): string[] {
  const match = DATE.exec(date);
  if (!match) return [];
  return [match[1]!, `${match[1]!}-${match[2]!}`];
}

export function toDateSort(date: string): number {
  const match = DATE.exec(date);
  if (!match) return 0;
  return Number(`${match[1]!}${match[2]!}${match[3] ?? '00'}`);
}

export function toMeiliDocument(
  paragraph: ParagraphInput,
  article: { id: string; meta: ArticleMeta },
  rev: string,
): MeiliParagraphDocument {
  const doc: MeiliParagraphDocument = {
    id: paragraph.id,
    article: article.id,
    position: paragraph.position,
    section: paragraph.section,
    text: paragraph.text,
    text_stem: stemText(paragraph.text),
    date: article.meta.date,
    period: toPeriod(article.meta.date),
    date_sort: toDateSort(article.meta.date),
    rev,
  };
  for (const facet of VALUE_FACETS) doc[facet.name] = paragraph.facets[facet.name];
  for (const facet of KEYED_FACETS) doc[facetKeyField(facet)] = paragraph.facets[facet].flatMap(toFacetKeys);
  return doc;
}

export function toArticleDocument(
  article: { id: string; fingerprint: string; meta: ArticleMeta; personSpellings?: string[] },
  docId: string,
  rev: string,
): ArticleDocument {
  const { meta } = article;
  return {
    id: docId,
    article: article.id,
    fingerprint: article.fingerprint,
    title: meta.title,
    date: meta.date,
    source: meta.source,
    source_url: meta.sourceUrl,
    person_spellings: article.personSpellings ?? [],
    rev,
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function toParagraph(doc: StoredParagraph): Paragraph {
  const facets = Object.fromEntries(VALUE_FACETS.map((f) => [f.name, stringList(doc[f.name])])) as ParagraphFacets;
  return {
    id: doc.id,
    article: doc.article,
    position: doc.position,
    section: doc.section ?? null,
    text: doc.text,
    date: doc.date,
    facets,
  };
}

/** An article document's spellings; a document written before they were stored has none. */
export function toPersonSpellings(doc: Pick<ArticleDocument, 'person_spellings'>): string[] {
  return stringList(doc.person_spellings);
}

export function toArticleMeta(doc: StoredArticleMeta): ArticleMeta {
  return { title: doc.title, date: doc.date, source: doc.source ?? null, sourceUrl: doc.source_url ?? null };
}

import type { Paragraph } from '../types';
import { stemText } from './analysis';

/** One paragraph as stored in Meilisearch. Field names are the engine's, mapped back by `toParagraph`. */
export interface MeiliParagraphDocument {
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
  persons: string[];
  /** Facet-search keys: each name from every word on, so "gan" finds "Benny Gantz". */
  person_keys: string[];
  countries: string[];
  title: string;
  source: string | null;
  source_url: string | null;
  /** Id of the write that stored this version; stale paragraphs are deleted by it. */
  rev: string;
}

/** What search and document reads return (the displayed attributes). */
export type StoredParagraph = Pick<
  MeiliParagraphDocument,
  'id' | 'article' | 'position' | 'section' | 'text' | 'date' | 'persons' | 'countries' | 'title' | 'source' | 'source_url'
>;

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const PERSON_KEY_SEPARATOR = ' · ';

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

/**
 * Meilisearch's facet search only matches a prefix of a value's first word, so "Gantz" alone would
 * not find "Benny Gantz". Each key starts at a different word of the name and carries the
 * canonical name after a separator: "Gantz · Benny Gantz", "Benny Gantz · Benny Gantz".
 */
export function toPersonKeys(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  return words.map((_, i) => `${words.slice(i).join(' ')}${PERSON_KEY_SEPARATOR}${name}`);
}

/** The canonical name a facet-search key stands for. */
export function personFromKey(key: string): string {
  const at = key.lastIndexOf(PERSON_KEY_SEPARATOR);
  return at === -1 ? key : key.slice(at + PERSON_KEY_SEPARATOR.length);
}

export function toMeiliDocument(paragraph: Paragraph, rev: string): MeiliParagraphDocument {
  return {
    id: paragraph.id,
    article: paragraph.article,
    position: paragraph.position,
    section: paragraph.section,
    text: paragraph.text,
    text_stem: stemText(paragraph.text),
    date: paragraph.date,
    period: toPeriod(paragraph.date),
    date_sort: toDateSort(paragraph.date),
    persons: paragraph.persons,
    person_keys: paragraph.persons.flatMap(toPersonKeys),
    countries: paragraph.countries,
    title: paragraph.title,
    source: paragraph.source,
    source_url: paragraph.sourceUrl,
    rev,
  };
}

export function toParagraph(doc: StoredParagraph): Paragraph {
  return {
    id: doc.id,
    article: doc.article,
    position: doc.position,
    section: doc.section ?? null,
    text: doc.text,
    date: doc.date,
    persons: doc.persons ?? [],
    countries: doc.countries ?? [],
    title: doc.title,
    source: doc.source ?? null,
    sourceUrl: doc.source_url ?? null,
  };
}

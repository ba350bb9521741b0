import { describe, expect, it } from 'vitest';
import type { ArticleMeta, ParagraphInput } from '../types';
import { toArticleDocument, toArticleMeta, toDateSort, toMeiliDocument, toParagraph, toPeriod, toPersonSpellings } from './to-document';

const paragraph: ParagraphInput = {
  id: 'art1-abc123',
  position: 2,
  section: 'Réactions',
  text: 'Les élections législatives en Israël : Benny Gantz s’exprime.',
  facets: { persons: ['Benny Gantz', 'Ursula von der Leyen'], countries: ['IL'] },
};
const meta: ArticleMeta = { title: 'Titre', date: '2021-11-05', source: 'Le Monde', sourceUrl: 'https://example.org/a' };
const article = { id: 'art1', fingerprint: 'fp', meta };

describe('toMeiliDocument', () => {
  it('keeps the domain fields and adds the engine-only ones', () => {
    const doc = toMeiliDocument(paragraph, article, 'rev1');
    expect(doc).toMatchObject({
      id: 'art1-abc123',
      article: 'art1',
      position: 2,
      section: 'Réactions',
      text: paragraph.text,
      date: '2021-11-05',
      period: ['2021', '2021-11'],
      date_sort: 20211105,
      persons: ['Benny Gantz', 'Ursula von der Leyen'],
      countries: ['IL'],
      rev: 'rev1',
    });
  });

  it('leaves the article metadata to the articles index', () => {
    const doc = toMeiliDocument(paragraph, article, 'rev1');
    for (const field of ['title', 'source', 'source_url']) expect(doc).not.toHaveProperty(field);
  });

  it('indexes stems so that inflected forms meet', () => {
    const doc = toMeiliDocument(paragraph, article, 'r');
    const other = toMeiliDocument({ ...paragraph, text: 'une élection législative' }, article, 'r');
    expect(doc.text_stem.split(' ')).toEqual(expect.arrayContaining(other.text_stem.split(' ').filter((w) => w !== 'une')));
  });

  it('round-trips to the same paragraph', () => {
    expect(toParagraph(toMeiliDocument(paragraph, article, 'r'))).toEqual({ ...paragraph, article: 'art1', date: '2021-11-05' });
  });
});

describe('toArticleDocument', () => {
  it('round-trips the article metadata', () => {
    const doc = toArticleDocument(article, 'doc-id', 'r');
    expect(doc).toMatchObject({ id: 'doc-id', article: 'art1', fingerprint: 'fp', rev: 'r' });
    expect(toArticleMeta(doc)).toEqual(meta);
  });

  it('round-trips the person spellings; an article without them, or a document written before them, has none', () => {
    const spellings = ['Kais Saied', 'Mohammed Ben Salmane'];
    expect(toPersonSpellings(toArticleDocument({ ...article, personSpellings: spellings }, 'doc-id', 'r'))).toEqual(spellings);
    expect(toArticleDocument(article, 'doc-id', 'r').person_spellings).toEqual([]);
    expect(toPersonSpellings({} as Parameters<typeof toPersonSpellings>[0])).toEqual([]);
  });
});

describe('dates', () => {
  it('gives year and month facet values', () => {
    expect(toPeriod('2021-11')).toEqual(['2021', '2021-11']);
    expect(toPeriod('2021-11-05')).toEqual(['2021', '2021-11']);
    expect(toPeriod('nonsense')).toEqual([]);
  });

  it('orders months before their days and newer first', () => {
    expect(toDateSort('2021-11')).toBe(20211100);
    expect(toDateSort('2021-11-05')).toBeGreaterThan(toDateSort('2021-11'));
    expect(toDateSort('2022-01')).toBeGreaterThan(toDateSort('2021-12-31'));
  });
});

import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../types';
import { personFromKey, toDateSort, toMeiliDocument, toParagraph, toPeriod, toPersonKeys } from './to-document';

const paragraph: Paragraph = {
  id: 'art1-abc123',
  article: 'art1',
  position: 2,
  section: 'Réactions',
  text: 'Les élections législatives en Israël : Benny Gantz s’exprime.',
  date: '2021-11-05',
  persons: ['Benny Gantz', 'Ursula von der Leyen'],
  countries: ['IL'],
  title: 'Titre',
  source: 'Le Monde',
  sourceUrl: 'https://example.org/a',
};

describe('toMeiliDocument', () => {
  it('keeps the domain fields and adds the engine-only ones', () => {
    const doc = toMeiliDocument(paragraph, 'rev1');
    expect(doc).toMatchObject({
      id: 'art1-abc123',
      article: 'art1',
      position: 2,
      section: 'Réactions',
      text: paragraph.text,
      date: '2021-11-05',
      period: ['2021', '2021-11'],
      date_sort: 20211105,
      countries: ['IL'],
      source_url: 'https://example.org/a',
      rev: 'rev1',
    });
  });

  it('indexes stems so that inflected forms meet', () => {
    const doc = toMeiliDocument(paragraph, 'r');
    const other = toMeiliDocument({ ...paragraph, text: 'une élection législative' }, 'r');
    expect(doc.text_stem.split(' ')).toEqual(expect.arrayContaining(other.text_stem.split(' ').filter((w) => w !== 'une')));
  });

  it('round-trips to the same paragraph', () => {
    expect(toParagraph(toMeiliDocument(paragraph, 'r'))).toEqual(paragraph);
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

describe('person keys', () => {
  it('start at every word so a surname prefix finds the person', () => {
    const keys = toPersonKeys('Ursula von der Leyen');
    expect(keys.map((k) => k.split(' · ')[0])).toEqual(['Ursula von der Leyen', 'von der Leyen', 'der Leyen', 'Leyen']);
    expect(keys.some((k) => k.toLowerCase().startsWith('ley'))).toBe(true);
  });

  it('map back to the canonical name', () => {
    for (const key of toPersonKeys('Benny Gantz')) expect(personFromKey(key)).toBe('Benny Gantz');
  });
});

import { describe, expect, it } from 'vitest';
import { FrontMatterError, InvalidDateError, MissingDateError } from '../errors';
import { describeSupportedExtensions, formatForExtension, parseArticle } from './registry';

const text = (t: string) => parseArticle({ id: 'a1', file: 'corpus/a1.txt', format: 'text', text: t });
const markdown = (t: string) => parseArticle({ id: 'm1', file: 'corpus/m1.md', format: 'markdown', text: t });

describe('text format', () => {
  it('reads the date and the lede from the first line, after leading spaces', () => {
    const parsed = text(' date 2021-11 Le lede commence ici.\n\nDeuxième paragraphe.\n');
    expect(parsed.date).toBe('2021-11');
    expect(parsed.title).toBeNull();
    expect(parsed.blocks).toEqual([
      { kind: 'lines', lines: ['Le lede commence ici.'] },
      { kind: 'lines', lines: ['Deuxième paragraphe.'] },
    ]);
  });

  it('accepts a full date and CRLF line ends', () => {
    const parsed = text('date 2021-11-23 Lede.\r\n\r\nSuite.\r\n');
    expect(parsed.date).toBe('2021-11-23');
    expect(parsed.blocks).toHaveLength(2);
  });

  it('takes the lede from the next lines when the date line holds only the date', () => {
    const parsed = text('date 2020-02-29\nUn lede\nsur deux lignes.\n\nCorps.');
    expect(parsed.blocks[0]).toEqual({ kind: 'lines', lines: ['Un lede', 'sur deux lignes.'] });
  });

  it('refuses a file without a date line', () => {
    expect(() => text('Le Maroc et Israël.\n\nSuite.')).toThrow(MissingDateError);
    expect(() => text('Le Maroc et Israël.')).toThrow(/a1\.txt: missing date/);
  });

  it.each(['2021-02-30', '2021-13', '2021-00', '2021-1-5', '21-11', 'novembre'])('refuses the date %s', (date) => {
    expect(() => text(`date ${date} Lede.`)).toThrow(InvalidDateError);
  });
});

describe('Markdown format', () => {
  const article = [
    '---',
    'title: "Rabat et Tel-Aviv signent un accord"',
    'date: 2021-11-24',
    'source: Agence Exemple',
    'url: https://example.org/articles/rabat',
    'lang: fr',
    '---',
    '',
    'Le lede de l’article.',
    '',
    '## Une coopération',
    '',
    'Un paragraphe **important** avec un [lien](https://example.org) et du `code`.',
    '',
    '# Réactions #',
    'Dernier paragraphe.',
  ].join('\n');

  it('reads the front matter', () => {
    const parsed = markdown(article);
    expect(parsed).toMatchObject({
      title: 'Rabat et Tel-Aviv signent un accord',
      date: '2021-11-24',
      source: 'Agence Exemple',
      sourceUrl: 'https://example.org/articles/rabat',
      format: 'markdown',
    });
  });

  it('turns # and ## headings into heading blocks and strips inline markup', () => {
    expect(markdown(article).blocks).toEqual([
      { kind: 'lines', lines: ['Le lede de l’article.'] },
      { kind: 'heading', text: 'Une coopération' },
      { kind: 'lines', lines: ['Un paragraphe important avec un lien et du code.'] },
      { kind: 'heading', text: 'Réactions' },
      { kind: 'lines', lines: ['Dernier paragraphe.'] },
    ]);
  });

  it('keeps title, source and url optional', () => {
    const parsed = markdown('---\ndate: "2021-11"\n---\nLede.');
    expect(parsed).toMatchObject({ title: null, source: null, sourceUrl: null, date: '2021-11' });
  });

  it('accepts any lang key (importers write one) without keeping it', () => {
    for (const lang of ['en', 'fr-CA', 'not a language']) {
      const parsed = markdown(`---\ndate: "2021-11"\nlang: ${lang}\n---\nLede.`);
      expect(parsed.date).toBe('2021-11');
      expect(parsed).not.toHaveProperty('lang');
    }
  });

  it('refuses a missing, unclosed or invalid front matter', () => {
    expect(() => markdown('Lede.')).toThrow(FrontMatterError);
    expect(() => markdown('---\ndate: 2021-11\nLede.')).toThrow(/not closed/);
    expect(() => markdown('---\ndate: [2021\n---\nLede.')).toThrow(/not valid YAML/);
    expect(() => markdown('---\ndate: 2021-11\nurl: pas une url\n---\nLede.')).toThrow(/url/);
  });

  it('refuses a missing or impossible date', () => {
    expect(() => markdown('---\ntitle: Sans date\n---\nLede.')).toThrow(MissingDateError);
    expect(() => markdown('---\ndate: 2021-02-30\n---\nLede.')).toThrow(InvalidDateError);
    expect(() => markdown('---\ndate: 2021\n---\nLede.')).toThrow(InvalidDateError);
  });

  it('leaves words with underscores or lone asterisks alone', () => {
    expect(markdown('---\ndate: 2021-11\n---\nle fichier mon_fichier_v2 et 3 * 4').blocks).toEqual([
      { kind: 'lines', lines: ['le fichier mon_fichier_v2 et 3 * 4'] },
    ]);
  });
});

describe('format registry', () => {
  it('maps each extension to its format and lists them for messages', () => {
    expect(['.txt', '.md', '.markdown', '.docx'].map(formatForExtension)).toEqual(['text', 'markdown', 'markdown', undefined]);
    expect(describeSupportedExtensions()).toBe('.txt, .md or .markdown');
  });
});

import { describe, expect, it } from 'vitest';
import { chunkArticle } from './chunk-article';
import { EmptyFileError } from '../errors';
import { parseArticle } from '../formats/registry';

const chunkText = (t: string) => chunkArticle(parseArticle({ id: 'a', file: 'corpus/a.txt', format: 'text', text: t }));

describe('chunkArticle', () => {
  it('numbers lede and paragraphs and turns subheadings into sections', () => {
    const { paragraphs } = chunkText(
      [
        'date 2021-11 Un lede court',
        '',
        'Premier paragraphe du corps.',
        '',
        'Un accord de coopération sécuritaire',
        '',
        'Deuxième paragraphe.',
        '',
        'Troisième, « cité ».',
        '',
        'Réactions',
        '',
        'Quatrième paragraphe.',
      ].join('\n'),
    );
    expect(paragraphs).toEqual([
      { position: 1, section: null, text: 'Un lede court' },
      { position: 2, section: null, text: 'Premier paragraphe du corps.' },
      { position: 3, section: 'Un accord de coopération sécuritaire', text: 'Deuxième paragraphe.' },
      { position: 4, section: 'Un accord de coopération sécuritaire', text: 'Troisième, « cité ».' },
      { position: 5, section: 'Réactions', text: 'Quatrième paragraphe.' },
    ]);
  });

  it('keeps the text as written: typographic apostrophes, guillemets, no-break spaces', () => {
    const body = 'Il a dit\u00a0: «\u202fC’est historique\u202f».';
    const { paragraphs } = chunkText(`date 2021-11 Lede.\n\n${body}`);
    expect(paragraphs[1]?.text).toBe(body);
  });

  it('keeps HTML as plain text (the UI escapes it)', () => {
    const { paragraphs } = chunkText('date 2021-11 Lede.\n\n<script>alert("x")</script> et <b>gras</b>.');
    expect(paragraphs[1]?.text).toBe('<script>alert("x")</script> et <b>gras</b>.');
  });

  it('joins the lines of a wrapped paragraph and drops separator lines', () => {
    const { paragraphs } = chunkText('date 2021-11 Lede.\n\nUne phrase coupée\nen deux lignes.\n\n* * *\n\nFin.');
    expect(paragraphs.map((p) => p.text)).toEqual(['Lede.', 'Une phrase coupée en deux lignes.', 'Fin.']);
  });

  it('uses Markdown headings, not the short-line rule, in Markdown', () => {
    const md = '---\ndate: 2021-11\n---\nLede.\n\nCourt sans point\n\n## Section\n\nTexte.';
    const { paragraphs } = chunkArticle(parseArticle({ id: 'm', file: 'corpus/m.md', format: 'markdown', text: md }));
    expect(paragraphs).toEqual([
      { position: 1, section: null, text: 'Lede.' },
      { position: 2, section: null, text: 'Court sans point' },
      { position: 3, section: 'Section', text: 'Texte.' },
    ]);
  });

  it('refuses an article with a header but no paragraph', () => {
    expect(() => chunkText('date 2021-11\n\n* * *\n')).toThrow(EmptyFileError);
  });

  it('derives the title from the lede when there is none', () => {
    expect(chunkText('date 2021-11 Le Maroc signe. La suite du lede.').title).toBe('Le Maroc signe');
  });
});

describe('subheadings', () => {
  it('are short lines without final punctuation', () => {
    const sectionAfter = (line: string) => chunkText(`date 2021-11 Lede.\n\n${line}\n\nSuite.`).paragraphs.at(-1)!.section;
    expect(sectionAfter('Un accord de coopération sécuritaire')).toBe('Un accord de coopération sécuritaire');
    for (const line of ['Le ministre est arrivé.', '« Un moment historique »', 'Pourquoi maintenant ?', 'x'.repeat(101)]) {
      expect(sectionAfter(line)).toBeNull();
    }
  });
});

describe('derived titles', () => {
  it('cut a long first sentence at a word boundary', () => {
    const { title } = chunkText(`date 2021-11 ${'mot '.repeat(40)}fin.`);
    expect(title.endsWith('mot…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(101);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkArticle } from '../chunking/chunk-article';
import { InvalidArticleIdError } from '../errors';
import { assignParagraphIds, checkArticleId } from './paragraph-ids';
import { parseArticle } from '../formats/registry';

describe('assignParagraphIds', () => {
  const texts = ['Le lede.', 'Un paragraphe.', 'Un autre paragraphe.'];

  it('gives the same ids on every run', () => {
    expect(assignParagraphIds('art', texts)).toEqual(assignParagraphIds('art', [...texts]));
  });

  it('prefixes the article id and uses only URL-safe characters', () => {
    for (const id of assignParagraphIds('art_1', texts)) expect(id).toMatch(/^art_1-[0-9a-f]{10}$/);
  });

  it('keeps the ids of untouched paragraphs when another one is edited, added or removed', () => {
    const before = assignParagraphIds('art', texts);
    const edited = assignParagraphIds('art', ['Le lede modifié.', 'Nouveau.', ...texts.slice(1)]);
    expect(edited.slice(2)).toEqual(before.slice(1));
    expect(edited[0]).not.toBe(before[0]);
  });

  it('ignores spacing, case and apostrophe style', () => {
    const [a] = assignParagraphIds('art', ['L’accord  est signé.']);
    const [b] = assignParagraphIds('art', ["l'accord est\u00a0signé."]);
    expect(a).toBe(b);
  });

  it('suffixes duplicates inside one article in order', () => {
    const [first, other, second, third] = assignParagraphIds('art', ['Même.', 'Autre.', 'Même.', 'Même.']);
    expect(second).toBe(`${first}-2`);
    expect(third).toBe(`${first}-3`);
    expect(new Set([first, other, second, third]).size).toBe(4);
  });

  it('differs between articles for the same text', () => {
    expect(assignParagraphIds('a', ['Même.'])[0]).not.toBe(assignParagraphIds('b', ['Même.'])[0]);
  });
});

describe('checkArticleId', () => {
  it('accepts the file name stem when it is a valid id', () => {
    expect(checkArticleId('000_69bc718e9d0fab21', 'corpus/000_69bc718e9d0fab21.txt')).toBe('000_69bc718e9d0fab21');
  });

  it.each(['mon article', 'été', 'a.b', '', 'x'.repeat(201), '../etc'])('refuses %j with the file name', (stem) => {
    expect(() => checkArticleId(stem, `corpus/${stem}.txt`)).toThrow(InvalidArticleIdError);
    expect(() => checkArticleId(stem, `corpus/${stem}.txt`)).toThrow(`corpus/${stem}.txt: invalid article id`);
  });
});

// Ids are in links people have already shared: these were computed before the French analysis was
// unified, and must never change for the same text.
describe('paragraph ids of existing text', () => {
  it('are unchanged for the seed article', () => {
    const id = '000_69bc718e9d0fab21';
    const text = readFileSync(new URL(`../../corpus/${id}.txt`, import.meta.url), 'utf8');
    const chunked = chunkArticle(parseArticle({ id, file: `${id}.txt`, format: 'text', text }));
    expect(assignParagraphIds(id, chunked.paragraphs.map((p) => p.text))).toEqual([
      `${id}-3bab43fb3a`,
      `${id}-cad9601275`,
      `${id}-8f11e70246`,
      `${id}-63bca8dc75`,
    ]);
  });

  it('are unchanged for apostrophes, no-break spaces, ligatures, accents and guillemets', () => {
    const tricky = [
      'L’Œuvre de Benny Gantz, jusqu’à l’aube\u00a0: « c’est fini ».',
      "L'Œuvre de Benny Gantz, jusqu'à l'aube : \"c'est fini\".",
      'Ex\u202fæquo, cœur, ﬁn\u2009et ŒUVRES — `citation´ ‘ouverte’ “anglaise”.',
      'Le président E\u0301mile Zola a de\u0301clare\u0301 l\u02bcaffaire\t\tclose.',
      '  Straße ½ ① Ⅻ ＡＢＣ à Tel‐Aviv, Dupont‑Martin.  ',
    ];
    expect(assignParagraphIds('a', tricky)).toEqual([
      'a-aa9c176cb3',
      'a-7a792fc27b',
      'a-7b80427e28',
      'a-b77a563e18',
      'a-4cc49a4490',
    ]);
  });
});

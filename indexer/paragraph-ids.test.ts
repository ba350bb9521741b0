import { describe, expect, it } from 'vitest';
import { InvalidArticleIdError } from './errors';
import { assignParagraphIds, checkArticleId } from './paragraph-ids';

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

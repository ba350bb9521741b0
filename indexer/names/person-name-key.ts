import { foldText } from '../../search/index';

const WORD_SEPARATORS = /[\s.\-‐‑]+/u;
/** The Arabic article, left out of the key inside a name: "al-Sissi", "el-Sissi" and "Sissi" are one name. */
const ARABIC_ARTICLES = new Set(['al', 'el']);
/** "son of" in its transliterations: "ben Laden" and "bin Laden" are one name. */
const FILIAL_LINKS: Readonly<Record<string, string>> = { bin: 'ben', ibn: 'ben' };

/**
 * What two spellings of one person share: accents, ligatures and case folded ("Kaïs Saïed" and
 * "Kais Saied"), apostrophes unified, periods, hyphens and spaces all one separator ("J.R.R
 * Tolkien", "J. R. R. Tolkien"; "Jean-Marie" and "Jean Marie"), "bin"/"ibn" read as "ben" and the
 * Arabic article dropped inside a name. The first word is kept as written ("Al Gore", "Ben
 * Stiller").
 */
export function personNameKey(name: string): string {
  const words = foldText(name).split(WORD_SEPARATORS).filter((w) => w !== '');
  const last = words.length - 1;
  return words
    .filter((word, i) => i === 0 || i === last || !ARABIC_ARTICLES.has(word))
    .map((word, i) => (i === 0 ? word : (FILIAL_LINKS[word] ?? word)))
    .join(' ');
}

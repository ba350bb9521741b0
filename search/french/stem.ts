/**
 * A light French stemmer for news search: plural and feminine forms fold onto the masculine
 * singular ("ministres" → "ministre", "marocaines" → "marocain", "nationaux" → "national"), and
 * nothing else, so derivations stay apart (Alger ≠ Algérie, ministre ≠ ministère, retraite ≠
 * retrait). The rules follow the minimal French stemmer Lucene ships (Savoy's plural rules),
 * with the feminine endings spelled out instead of any final "e" dropped. Input is a folded
 * word (lower case, no accents: see `foldWord`).
 */

/** Feminine endings and their masculine form, longest first. */
const FEMININE_ENDINGS: readonly (readonly [string, string])[] = [
  ['rice', 'eur'], // directrice → directeur
  ['euse', 'eur'], // chercheuse → chercheur
  ['enne', 'en'], // européenne → europeen, tunisienne → tunisien
  ['onne', 'on'], // bretonne → breton
  ['elle', 'el'], // officielle → officiel
  ['aise', 'ai'], // française → francai, as français (its final s goes as a plural's would)
  ['ere', 'er'], // première → premier
  ['ive', 'if'], // active → actif
  ['ine', 'in'], // marocaine → marocain, voisine → voisin
  ['ale', 'al'], // nationale → national
  ['nde', 'nd'], // allemande → allemand
  ['nte', 'nt'], // présidente → president
  ['ee', 'e'], // nommée → nomme
  ['ue', 'u'], // connue → connu
];

const MIN_LENGTH = 4;
const HAS_DIGIT = /\d/;
const [S, X, E] = ['s', 'x', 'e'].map((c) => c.charCodeAt(0));

/** The masculine singular of a folded French word (see the module comment). */
export function stem(norm: string): string {
  // Every rule removes a final s or x, or ends in e: most words are their own stem, told cheaply
  // (the indexer stems every word it writes).
  const last = norm.charCodeAt(norm.length - 1);
  if (last !== S && last !== X && last !== E) return norm;
  if (norm.length < MIN_LENGTH || HAS_DIGIT.test(norm)) return norm;
  let word = norm;
  if (word.endsWith('aux') && word.length > 4) word = `${word.slice(0, -3)}al`;
  else if ((word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss')) word = word.slice(0, -1);
  for (const [ending, masculine] of FEMININE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 2) return word.slice(0, -ending.length) + masculine;
  }
  return word;
}

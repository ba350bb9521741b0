import { ARABIC_PARTICLES, NAME_PARTICLES } from './name-words';
import type { TagToken } from './tag-tokens';

const APOSTROPHES = /['ʼ‘`´]/g;
const HYPHENS = /[‐‑]/g;
/** "al-Thani", "el-Sissi": the Arabic article, capitalised like the other Arabic links. */
const ARTICLE_PREFIX = /^(?:al|el)-(?=\p{Lu})/u;
const ARABIC_ARTICLES = new Set(['al', 'el']);
const SUFFIXES = new Set(['jr', 'sr']);

/**
 * A person's facet value, the same whatever spelling an article uses: initials each with a period
 * and a space ("J.R.R." and "J. R. R." give "J. R. R."), typographic apostrophes ("O'Neill" gives
 * "O’Neill"), plain hyphens; inside the name, European particles in lower case ("Ursula Von Der
 * Leyen" gives "Ursula von der Leyen"), Arabic and Berber links capitalised ("Mohammed ben
 * Salmane" gives "Mohammed Ben Salmane", "Ahmed ould Abdallah" "Ahmed Ould Abdallah") and the
 * Arabic article joined to its noun ("Al Thani", "al-Thani" give "Al-Thani").
 */
export function writeCanonicalName(tokens: readonly TagToken[], start: number, end: number): string {
  let text = '';
  let glued = true;
  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    let word = token.text.replace(APOSTROPHES, '’').replace(HYPHENS, '-');
    const inside = k > start && k < end - 1;
    if (inside && NAME_PARTICLES.has(token.key)) {
      word = ARABIC_PARTICLES.has(token.key) ? capitalise(word) : word.toLowerCase();
    }
    if (k > start) word = word.replace(ARTICLE_PREFIX, capitalise);
    // "Ferdinand Marcos Jr." whether or not the period was read as the end of the sentence.
    if (token.abbreviated || k === end - 1 && SUFFIXES.has(token.key)) word += '.';
    text += glued ? word : ` ${word}`;
    glued = token.elision || inside && ARABIC_ARTICLES.has(token.key);
    if (glued && !token.elision) text += '-';
  }
  return text;
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

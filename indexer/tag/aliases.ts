import type { Token } from './tokenize';

const ALIAS_MARKERS = new Set(['surnomme', 'surnommee', 'dit', 'dite', 'alias', 'baptise', 'baptisee']);
const ACRONYM = /^\p{Lu}{2,6}$/u;
const MAX_ALIAS_WORDS = 3;

/**
 * Short names an article gives a person right after the full name: "Mohammed ben Salmane (MBS)",
 * "Andrés Manuel López Obrador, dit AMLO", "Ousmane Sonko, surnommé « le Pastef »". Returns the
 * alias's folded key, or nothing.
 */
export function findAliasAfter(tokens: readonly Token[], start: number, end: number): string | undefined {
  const next = tokens[end];
  if (!next) return undefined;
  if (next.afterBreak && !next.sentenceStart && ACRONYM.test(next.text) && isAcronymOf(next.text, tokens, start, end)) {
    return next.key;
  }
  if (!ALIAS_MARKERS.has(next.key)) return undefined;
  let s = end + 1;
  while (tokens[s] && !tokens[s]!.capitalized && (tokens[s]!.key === 'le' || tokens[s]!.key === 'la' || tokens[s]!.key === "l'")) s++;
  let e = s;
  while (e < tokens.length && e - s < MAX_ALIAS_WORDS && tokens[e]!.capitalized && (e === s || !tokens[e]!.afterBreak)) e++;
  if (e === s) return undefined;
  return tokens.slice(s, e).map((t) => t.key).join(' ');
}

/** "MBS" for Mohammed ben Salmane, "AMLO" for Andrés Manuel López Obrador: one letter per word. */
function isAcronymOf(acronym: string, tokens: readonly Token[], start: number, end: number): boolean {
  const initials = tokens.slice(start, end).flatMap((t) => t.key.split('-')).map((w) => w[0]).join('');
  const capitals = tokens.slice(start, end).filter((t) => t.capitalized).map((t) => t.key[0]).join('');
  const wanted = acronym.toLowerCase();
  return wanted === initials || wanted === capitals;
}

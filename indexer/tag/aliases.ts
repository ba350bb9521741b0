import { GLUED_ARTICLE } from './name-words';
import type { TagToken } from './tag-tokens';

const ALIAS_MARKERS = new Set(['surnomme', 'surnommee', 'dit', 'dite', 'alias', 'baptise', 'baptisee']);
/** "plus connu sous le nom de Bobi Wine". */
const KNOWN_AS = ['connu', 'sous', 'le', 'nom'];
const KNOWN_AS_ADVERBS = new Set(['plus', 'mieux', 'aussi', 'egalement', 'surtout', 'autrefois', 'jadis', 'naguere']);
const ACRONYM = /^\p{Lu}{2,6}$/u;
const MAX_ALIAS_WORDS = 4;
/** Whose nickname it is: "pour ses partisans", "pour leurs détracteurs". */
const NICKNAME_OWNERS = new Set(['ses', 'leurs', 'les']);

/**
 * Short names an article gives a person right after the full name: "Mohammed ben Salmane (MBS)",
 * "Andrés Manuel López Obrador, dit AMLO", "Virat Kohli, surnommé « King Kohli »", "Robert
 * Kyagulanyi, plus connu sous le nom de Bobi Wine". Returns the alias's folded key, or nothing.
 */
export function findAliasAfter(tokens: readonly TagToken[], start: number, end: number): string | undefined {
  const span = findAliasSpan(tokens, start, end);
  return span && tokens.slice(span.start, span.end).map((t) => t.key).join(' ');
}

/** Where the alias is: tokens [start, end). */
export function findAliasSpan(tokens: readonly TagToken[], start: number, end: number): { start: number; end: number } | undefined {
  const next = tokens[end];
  if (!next) return undefined;
  if (next.afterBreak && !next.sentenceStart && ACRONYM.test(next.text) && isAcronymOf(next.text, tokens, start, end)) {
    return { start: end, end: end + 1 };
  }
  const quoted = findQuotedNicknameEnd(tokens, end);
  if (quoted !== undefined) return { start: end, end: quoted };
  const s = aliasStart(tokens, end);
  if (s === undefined) return undefined;
  let e = s;
  while (e < tokens.length && e - s < MAX_ALIAS_WORDS && (tokens[e]!.capitalized || GLUED_ARTICLE.test(tokens[e]!.text)) &&
    (e === s || !tokens[e]!.afterBreak)) e++;
  return e === s ? undefined : { start: s, end: e };
}

/** "M. Mutharika, « APM » pour ses partisans": a quoted nickname then whose name it is. */
function findQuotedNicknameEnd(tokens: readonly TagToken[], start: number): number | undefined {
  if (!tokens[start]?.sentenceStart || !tokens[start]!.capitalized) return undefined;
  let e = start + 1;
  while (e < tokens.length && e - start < MAX_ALIAS_WORDS && tokens[e]!.capitalized && !tokens[e]!.afterBreak) e++;
  const pour = tokens[e];
  const owner = tokens[e + 1];
  return pour?.key === 'pour' && pour.afterBreak && !pour.capitalized && !!owner && NICKNAME_OWNERS.has(owner.key) &&
    !owner.afterBreak ? e : undefined;
}

/** Where the alias starts after its marker, articles skipped ("surnommé le Pastef"). */
function aliasStart(tokens: readonly TagToken[], end: number): number | undefined {
  let k = end;
  if (KNOWN_AS_ADVERBS.has(tokens[k]?.key ?? '')) k++;
  if (tokens[k]?.key.startsWith('connu') && KNOWN_AS.slice(1).every((w, i) => tokens[k + 1 + i]?.key === w)) {
    k += KNOWN_AS.length;
    // "sous le nom de guerre d’Abou Mohammed al-Joulani".
    if (tokens[k]?.key === 'de' && tokens[k + 1]?.key === 'guerre') k += 2;
    if (tokens[k]?.key !== 'de' && tokens[k]?.key !== "d'") return undefined;
  } else if (k !== end || !ALIAS_MARKERS.has(tokens[k]?.key ?? '')) {
    return undefined;
  }
  k++;
  while (tokens[k] && !tokens[k]!.capitalized && (tokens[k]!.key === 'le' || tokens[k]!.key === 'la' || tokens[k]!.key === "l'")) k++;
  return k;
}

/** "MBS" for Mohammed ben Salmane, "AMLO" for Andrés Manuel López Obrador: one letter per word. */
function isAcronymOf(acronym: string, tokens: readonly TagToken[], start: number, end: number): boolean {
  const initials = tokens.slice(start, end).flatMap((t) => t.key.split('-')).map((w) => w[0]).join('');
  const capitals = tokens.slice(start, end).filter((t) => t.capitalized).map((t) => t.key[0]).join('');
  const wanted = acronym.toLowerCase();
  return wanted === initials || wanted === capitals;
}

import type { Lexicon, PlaceKind } from './lexicon';
import type { TagToken } from './tag-tokens';

export interface PlaceMatch {
  start: number;
  /** Exclusive. */
  end: number;
  kind: PlaceKind | 'compound';
  codes: string[];
}

const LEADING_ARTICLES = new Set(['le', 'la', 'les', "l'"]);

/** Longest gazetteer match at each position, left to right, without overlaps. */
export function findPlaces(tokens: readonly TagToken[], lexicon: Lexicon): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = matchAt(tokens, i, lexicon) ?? matchCompound(tokens, i, lexicon) ?? matchElidedName(tokens, i, lexicon);
    if (match) {
      matches.push(match);
      i = match.end;
    } else {
      i++;
    }
  }
  return matches;
}

function matchAt(tokens: readonly TagToken[], start: number, lexicon: Lexicon): PlaceMatch | undefined {
  const first = tokens[start]!;
  const max = lexicon.maxWords.get(first.head);
  if (max === undefined) return undefined;
  let key = '';
  let words = 0;
  let best: { end: number; key: string } | undefined;
  for (let j = start; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (j > start && token.afterBreak) break;
    const part = token.phraseKey;
    words += token.words;
    if (words > max) break;
    key = j === start ? part : `${key} ${part}`;
    if (lexicon.places.has(key)) best = { end: j + 1, key };
  }
  if (!best) return undefined;
  const entry = lexicon.places.get(best.key)!;
  if (entry.kind === 'name' || entry.kind === 'city') {
    // Place names are capitalised ("la Réunion", never "une réunion"); an article may lead.
    const head = LEADING_ARTICLES.has(first.key) && best.end - start > 1 ? tokens[start + 1]! : first;
    if (!head.capitalized) return undefined;
    // "NIS", "PERM", "CORK": a city in capitals is an acronym or a shout, not a place.
    if (entry.kind === 'city' && best.end - start === 1 && first.text.length > 1 && first.text === first.text.toUpperCase()) {
      return undefined;
    }
    if (first.sentenceStart && lexicon.ordinary.has(best.key)) return undefined;
    if (isInsideOrganisationName(tokens, start, best.end, lexicon)) return undefined;
  }
  return { start, end: best.end, kind: entry.kind, codes: entry.code ? [entry.code] : [] };
}

/**
 * "Radio France", "Environnement Canada", "Paris Match": a place glued to a capitalised ordinary
 * word (not the first word of a sentence) is part of the name of something else.
 */
function isInsideOrganisationName(tokens: readonly TagToken[], start: number, end: number, lexicon: Lexicon): boolean {
  const isGluedWord = (token: TagToken | undefined, gluedTo: TagToken) =>
    !!token && !gluedTo.afterBreak && token.capitalized && !token.sentenceStart && !token.elision &&
    lexicon.commonWords.has(token.key) && !LEADING_ARTICLES.has(token.key);
  const next = tokens[end];
  return isGluedWord(tokens[start - 1], tokens[start]!) || (!!next && isGluedWord(next, next));
}

/** "N’Djamena", "M’Bour": a capital N or M read as an elision, glued back to the rest of the name. */
function matchElidedName(tokens: readonly TagToken[], start: number, lexicon: Lexicon): PlaceMatch | undefined {
  const token = tokens[start]!;
  const next = tokens[start + 1];
  if (!token.elision || !token.capitalized || token.key.length !== 2 || !next?.capitalized || next.words !== 1) return undefined;
  const entry = lexicon.places.get(`${token.key[0]}${next.key}`);
  if (!entry || entry.kind === 'blocked') return undefined;
  return { start, end: start + 2, kind: entry.kind, codes: entry.code ? [entry.code] : [] };
}

/** "algéro-marocain", "franco-allemande": combining forms then a demonym. */
function matchCompound(tokens: readonly TagToken[], start: number, lexicon: Lexicon): PlaceMatch | undefined {
  const token = tokens[start]!;
  if (!token.key.includes('-')) return undefined;
  const parts = token.key.split('-');
  const last = lexicon.places.get(parts[parts.length - 1]!);
  if (last?.kind !== 'demonym') return undefined;
  const codes: string[] = [];
  for (const part of parts.slice(0, -1)) {
    const code = lexicon.combining.get(part);
    if (!code) return undefined;
    codes.push(code);
  }
  codes.push(last.code);
  return { start, end: start + 1, kind: 'compound', codes };
}

import { maxTypos, parseQuery, requiredWords, type QueryWord } from './french/index';

/*
 * "Vouliez-vous dire …": the rule both adapters share. A search that finds fewer than
 * `FEW_HITS` paragraphs gets a suggestion when the same query with its words respelt finds
 * something, and, if the search found anything at all, at least `MUCH_MORE` times as much.
 * Respellings are words of the index at most `spellingDistance` edits away: one edit more than
 * typo tolerance allows, since what typo tolerance already catches needs no suggestion.
 */

/** Below this many hits a search looks for a respelling. */
export const FEW_HITS = 3;
/** How many times more a respelling must find when the search found something. */
export const MUCH_MORE = 10;
/** Respellings considered per word, closest first. */
export const MAX_RESPELLINGS = 8;

/** Edits allowed between a typed word and its respelling (folded); 0: never respelt. */
export function spellingDistance(norm: string): number {
  const length = [...norm].length;
  if (length < 4) return 0;
  return Math.min(2, maxTypos(norm) + 1);
}

/** The words of a query worth respelling: required, typed as one plain word of four letters or more. */
export function respellableWords(q: string): QueryWord[] {
  return requiredWords(parseQuery(q)).filter(
    (w) => !w.phrase && w.parts.length === 1 && !/\d/.test(w.parts[0]!.norm) && spellingDistance(w.parts[0]!.norm) > 0,
  );
}

/** Whether a respelt query that finds `corrected` paragraphs is worth suggesting over `original`. */
export function isWorthSuggesting(original: number, corrected: number): boolean {
  if (original >= FEW_HITS || corrected === 0) return false;
  return original === 0 || corrected >= MUCH_MORE * original;
}

/**
 * The respelling of one word: the candidate found in most paragraphs, provided it is found in
 * more than the word as typed (a word of the index that is rarely used is still respelt).
 */
export function pickRespelling(ownCount: number, counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = ownCount;
  for (const [candidate, count] of counts) {
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** The query as the user could type it, each respelt word replaced where it was typed. */
export function respeltQuery(q: string, respellings: ReadonlyMap<QueryWord, string>): string {
  let text = q;
  let from = 0;
  for (const [word, respelling] of respellings) {
    const at = text.indexOf(word.source, from);
    if (at < 0) continue;
    text = `${text.slice(0, at)}${respelling}${text.slice(at + word.source.length)}`;
    from = at + respelling.length;
  }
  return text.trim();
}

import { LIMITS } from '../limits';
import type { QueryWord } from './query';
import { isStopWord } from './stop-words';

/** Stop-word parts at either end of a hyphen chain, dropped when another part remains. */
function trimStopParts(word: QueryWord): QueryWord {
  // A phrase keeps its stop words: they hold its words' places.
  if (word.phrase) return word;
  let first = 0;
  let last = word.parts.length - 1;
  while (first < last && isStopWord(word.parts[first]!.norm)) first++;
  while (last > first && isStopWord(word.parts[last]!.norm)) last--;
  if (first === 0 && last === word.parts.length - 1) return word;
  const prefix = word.prefix && last === word.parts.length - 1;
  return { ...word, parts: word.parts.slice(first, last + 1), prefix };
}

/** A word said again adds nothing to match ("l'a l'a l'a" is "a") but one more FTS5 term to intersect. */
function withoutRepeats(words: QueryWord[]): QueryWord[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = `${word.phrase ? '"' : ''}${word.prefix ? '*' : ''}${word.parts.map((p) => p.norm).join('-')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Bounds the work a parsed query can ask of an engine: stop-word parts at the ends of a hyphen
 * chain go (they only lengthen its phrase: "a-a-a-co" is "co"; inner ones stay, the phrase needs
 * them to stay adjacent), then parts past `LIMITS.queryParts` are dropped, then repeated words. A word cut short loses
 * its prefix flag: its last part kept is not where the user stopped typing.
 */
export function capQueryParts(words: readonly QueryWord[]): QueryWord[] {
  const capped: QueryWord[] = [];
  let budget: number = LIMITS.queryParts;
  for (const word of words.map(trimStopParts)) {
    if (budget === 0) break;
    if (word.parts.length <= budget) {
      capped.push(word);
      budget -= word.parts.length;
    } else {
      capped.push({ ...word, parts: word.parts.slice(0, budget), prefix: false });
      budget = 0;
    }
  }
  if (capped.length < words.length) {
    const last = capped.at(-1);
    if (last?.prefix) capped[capped.length - 1] = { ...last, prefix: false };
  }
  // Stop words are optional only beside a required word: if the cut left none, they are the query.
  const required = capped.every((w) => w.optional) ? capped.map((w) => ({ ...w, optional: false })) : capped;
  return withoutRepeats(required);
}

/** Meilisearch's default rule: no typo under 5 letters, 1 from 5, 2 from 9. */
export function maxTypos(word: string): number {
  const length = [...word].length;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

// Reused between calls: typo expansion computes thousands of distances per query.
let rows: [Uint16Array, Uint16Array, Uint16Array] = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];

/**
 * Typo distance between two folded words: Damerau (optimal string alignment: insertion, deletion,
 * substitution, adjacent transposition = 1 each), plus 1 when the first letters differ, so a
 * first-letter typo costs 2 as in Meilisearch. Returns `limit + 1` as soon as it exceeds `limit`.
 */
export function typoDistance(a: string, b: string, limit = 2): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const firstLetterPenalty = a.charCodeAt(0) === b.charCodeAt(0) ? 0 : 1;
  const budget = limit - firstLetterPenalty;
  if (budget < 0) return over;
  const cols = b.length + 1;
  if (cols > rows[0].length) rows = [new Uint16Array(cols), new Uint16Array(cols), new Uint16Array(cols)];
  // Three rolling rows: a transposition looks two rows back.
  let [before, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > budget) return over;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]! + firstLetterPenalty;
  return distance > limit ? over : distance;
}

/** Whether `candidate` is within the typo budget of the query word `word` (both folded). */
export function matchesWithTypos(word: string, candidate: string): boolean {
  const allowed = maxTypos(word);
  if (allowed === 0) return word === candidate;
  return typoDistance(word, candidate, allowed) <= allowed;
}

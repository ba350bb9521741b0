import { stem, typoDistance, type QueryWord } from '../french/index';

/**
 * How loosely a word may match. Each level adds to the previous one, so the match sets nest:
 * `near` (exact words close to each other) ⊆ `exact` ⊆ `close` (stems, prefix) ⊆ `typo`.
 * Ranking puts the levels in this order.
 */
export type MatchLevel = 'near' | 'exact' | 'close' | 'typo';

/** Tokens allowed between two query words for them to count as near each other. */
const NEAR_DISTANCE = 3;
/**
 * Proximity is ranked for queries of up to this many words: a NEAR group costs a position check
 * per match, and many words within a few tokens of each other is a phrase, not a proximity.
 */
export const NEAR_MAX_WORDS = 5;

export interface PlannedWord {
  word: QueryWord;
  /** Indexed words within the typo budget of a single-part word. */
  typos: string[];
  /**
   * A prefix word's completions among the indexed words (see `findCompletions`), matched as
   * words; absent or null: FTS5 expands the prefix itself.
   */
  completions?: readonly string[] | null;
  /** False when the vocabulary was read and lacks the word as typed: no row can hold it exactly. */
  indexed?: boolean;
}

/** A parsed query ready for FTS5: required words with their typo candidates, excluded words. */
export interface QueryPlan {
  words: PlannedWord[];
  excluded: QueryWord[];
}

// Terms are folded words made of letters and digits only (see `tokenize`), so quoting them is
// enough: no user text ever reaches the FTS5 parser as syntax.
function phrase(terms: string[]): string {
  return `"${terms.join(' ')}"`;
}

function wordExpression({ word, typos, completions }: PlannedWord, level: MatchLevel): string {
  const norms = word.parts.map((p) => p.norm);
  // A quoted phrase matches its words as written (folded) at every level: no stem, prefix or typo.
  if (level === 'exact' || level === 'near' || word.phrase) return `words : ${phrase(norms)}`;
  // Every indexed word has its stem at the same position, so the stem phrase already covers the
  // exact one: no need to OR it in.
  const stems = word.parts.map((p) => p.stem);
  const alternatives = [`stems : ${phrase(stems)}`];
  if (word.prefix && completions && word.parts.length === 1) {
    // A completion with the word's own stem is in the stems column already.
    for (const completion of completions) if (stem(completion) !== stems[0]) alternatives.push(`words : ${phrase([completion])}`);
  } else if (word.prefix) alternatives.push(`words : ${phrase(norms)}*`);
  if (level === 'typo') for (const typo of typos) alternatives.push(`words : ${phrase([typo])}`);
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
}

/** The FTS5 expression any excluded word or phrase matches (as written, folded), or null when none. */
export function buildExclusionExpression(excluded: readonly QueryWord[]): string | null {
  if (excluded.length === 0) return null;
  return [...new Set(excluded.map((w) => `words : ${phrase(w.parts.map((p) => p.norm))}`))].join(' OR ');
}

/**
 * The required words, each once: "l'a l'a l'a …" asks for "a" once, not for FTS5 to intersect
 * ten copies of its doclist and check them NEAR each other.
 */
function requiredOnce(plan: QueryPlan): PlannedWord[] {
  const seen = new Set<string>();
  return plan.words.filter(({ word }) => {
    const key = JSON.stringify([word.parts.map((p) => p.norm), word.prefix, word.phrase]);
    if (word.optional || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The FTS5 MATCH expression for the required words at a match level, minus the excluded ones, or
 * null when nothing is required (FTS5 has no bare NOT: the caller subtracts exclusions itself).
 */
export function buildMatchExpression(plan: QueryPlan, level: MatchLevel): string | null {
  const required = requiredOnce(plan);
  if (required.length === 0) return null;
  if (level === 'near' && (required.length < 2 || required.length > NEAR_MAX_WORDS)) return null;
  const positive =
    level === 'near'
      ? `words : NEAR(${required.map((w) => phrase(w.word.parts.map((p) => p.norm))).join(' ')}, ${NEAR_DISTANCE})`
      : required.map((w) => wordExpression(w, level)).join(' AND ');
  const exclusion = buildExclusionExpression(plan.excluded);
  return exclusion === null ? positive : `(${positive}) NOT (${exclusion})`;
}

/** Whether the typo level can match more than the close one (else its query is skipped). */
export function hasTypoCandidates(plan: QueryPlan): boolean {
  return plan.words.some((w) => !w.word.optional && w.typos.length > 0);
}

/** Rows of a level that rank above the others: an FTS5 expression, and what a row outside it loses. */
export interface LevelRefinement {
  expression: string;
  penalty: number;
}

/** Not matching a word with no typo outweighs any number of inexact forms (at most 10 words). */
const TYPO_PENALTY = 16;

/**
 * What sets rows apart within a close or typo level, before BM25 (Meilisearch's typo and
 * exactness rules): at the typo level, a word matched without a typo, else with one edit rather
 * than two; at both, each word as typed rather than in another form ("permission" above
 * "permissions" for "umask permission lieus"). Only what can differ between the level's rows:
 * with one word, the close level holds other forms only and the typo level typos only.
 */
export function buildRefinements(plan: QueryPlan, level: MatchLevel, levelExpression: string): LevelRefinement[] {
  if (level !== 'close' && level !== 'typo') return [];
  const required = requiredOnce(plan);
  const within = (expression: string) => `(${levelExpression}) AND ${expression}`;
  const refinements: LevelRefinement[] = [];
  for (const planned of required) {
    const { word } = planned;
    if (word.phrase) continue;
    const typos = level === 'typo' ? planned.typos : [];
    if (typos.length === 0) {
      if (required.length > 1 && planned.indexed !== false) refinements.push({ expression: within(wordExpression(planned, 'exact')), penalty: 1 });
      continue;
    }
    if (required.length > 1) refinements.push({ expression: within(wordExpression(planned, 'close')), penalty: TYPO_PENALTY });
    const norm = word.parts[0]!.norm;
    const oneEdit = typos.filter((t) => typoDistance(norm, t, 1) <= 1);
    if (oneEdit.length > 0 && oneEdit.length < typos.length) {
      refinements.push({ expression: within(wordExpression({ word, typos: oneEdit, completions: planned.completions }, 'typo')), penalty: TYPO_PENALTY });
    }
  }
  return refinements;
}

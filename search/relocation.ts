import { tokenize } from './french/index';

/**
 * How alike an edited paragraph and a paragraph of the new version must be for a shared link to
 * the old one to open on the new one: the Jaccard index of their word-bigram sets (folded words,
 * stop words kept). One word changed in a 20-word paragraph gives about 0.8, a sentence added to
 * it 0.5, a rewrite of half of it about 0.3: at 0.5, a link follows a paragraph through
 * corrections and additions, not through a rewrite.
 */
export const RELOCATION_THRESHOLD = 0.5;

/** A paragraph as relocation reads it. */
export interface RelocatedText {
  id: string;
  text: string;
}

/** What an article held before a write: its paragraphs and the redirects it kept (id → target). */
export interface PreviousVersion {
  paragraphs: RelocatedText[];
  redirects: Map<string, string | null>;
}

/** The word bigrams of a text (its single word when it has only one). */
export function shingles(text: string): Set<string> {
  const words = tokenize(text).map((t) => t.norm);
  if (words.length < 2) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/**
 * Where each paragraph of `gone` (ids the new version no longer holds) should now lead: the id
 * of the most alike paragraph of `next` at or above `RELOCATION_THRESHOLD`, or null when none is.
 * Ties go to the earlier paragraph. Shared bigrams are counted through an inverted index, so an
 * article of a thousand parts costs its bigram postings, not a thousand times a thousand
 * comparisons.
 */
export function relocateParagraphs(
  gone: readonly RelocatedText[],
  next: readonly RelocatedText[],
): Map<string, string | null> {
  const moves = new Map<string, string | null>();
  // Most articles put again have no paragraph gone (a rebuild, an edit elsewhere): no shingles then.
  if (gone.length === 0) return moves;
  const nextShingles = next.map((p) => shingles(p.text));
  const postings = new Map<string, number[]>();
  nextShingles.forEach((set, index) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
  });
  for (const old of gone) {
    const own = shingles(old.text);
    const shared = new Map<number, number>();
    for (const shingle of own) {
      for (const index of postings.get(shingle) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    let best: { index: number; score: number } | null = null;
    for (const [index, common] of shared) {
      const score = common / (own.size + nextShingles[index]!.size - common);
      if (score < RELOCATION_THRESHOLD) continue;
      if (!best || score > best.score || (score === best.score && index < best.index)) best = { index, score };
    }
    moves.set(old.id, best ? next[best.index]!.id : null);
  }
  return moves;
}

/**
 * The redirects an article keeps after it is replaced: every id of the previous version that is
 * gone (relocated now), and every earlier redirect carried along, so a link survives a chain of
 * edits. A redirect whose target disappears follows that target's own move (or becomes null: the
 * article's top). Ids live again in the new version are left out.
 */
export function carryRedirects(
  previous: readonly RelocatedText[],
  earlier: ReadonlyMap<string, string | null>,
  next: readonly RelocatedText[],
): Map<string, string | null> {
  const live = new Set(next.map((p) => p.id));
  const moves = relocateParagraphs(
    previous.filter((p) => !live.has(p.id)),
    next,
  );
  const redirects = new Map<string, string | null>();
  for (const [id, target] of earlier) {
    if (live.has(id)) continue;
    redirects.set(id, target === null || live.has(target) ? target : (moves.get(target) ?? null));
  }
  for (const [id, target] of moves) redirects.set(id, target);
  return redirects;
}

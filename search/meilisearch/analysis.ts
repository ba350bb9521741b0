import { fra } from 'stopword';
import { FRENCH_STOP_WORDS, foldText, parseQuery, tokenize } from '../french';
import { LIMITS } from '../limits';

/*
 * What the adapter adds to Meilisearch, which does no stemming: a stemmed copy of each paragraph
 * (indexed in `text_stem`) and a query made of the same stems. Built on the shared French analysis,
 * so both adapters tokenize, fold and stem alike.
 */

/** The stemmed form of a paragraph: one stem per word, elisions dropped. */
export function stemText(text: string): string {
  return tokenize(text)
    .map((token) => token.stem)
    .join(' ');
}

/** One query word part as the adapter sends it. */
export interface EngineWord {
  /** Folded form, as typed: exact, typo and (last word) prefix matches against `text`. */
  norm: string;
  /** Snowball stem: exact matches against `text_stem` (inflections). */
  stem: string;
  /** Whether Meilisearch may treat it as a prefix (last word, not followed by a space). */
  prefix: boolean;
}

/**
 * Query word parts in order, at most `LIMITS.queryWords` (all Meilisearch reads), parsed by the shared rules. Stop
 * words of a query that has other words need not match, so they are not sent at all.
 */
export function toEngineWords(q: string): EngineWord[] {
  const words = parseQuery(q).filter((word) => !word.optional);
  const parts = words.flatMap((word) =>
    word.parts.map((part, i) => ({ norm: part.norm, stem: part.stem, prefix: word.prefix && i === word.parts.length - 1 })),
  );
  return parts.slice(0, LIMITS.queryWords).map((part, i, kept) => ({
    ...part,
    prefix: part.prefix && i === kept.length - 1 && kept.length === parts.length,
  }));
}

/** Stems worth looking up: those that differ from the word as typed. */
export function stemCandidates(words: readonly EngineWord[]): string[] {
  return [...new Set(words.filter((w) => w.stem !== w.norm).map((w) => w.stem))];
}

/**
 * The `q` Meilisearch receives. Only our own folded words reach it: quotes, `-`, operators and
 * control characters are gone, so no engine syntax can be injected.
 *
 * Meilisearch has no OR between forms of a word, so each word is sent in one form: its stem when
 * that stem is in the index (`knownStems`, looked up first), which matches every inflection in
 * `text_stem`; otherwise the word as typed, which keeps Meilisearch's typo budget for its full
 * length and prefix search on the last word ("coop" → "coopération"). A stem is never a prefix
 * (it would match unrelated words: "elect" → "électricité"); a query whose last word is not a
 * prefix ends with a space, which turns Meilisearch's prefix search off.
 */
export function toEngineQuery(words: readonly EngineWord[], knownStems: ReadonlySet<string>): string {
  if (words.length === 0) return '';
  const sent = words.map((word) => {
    const byStem = word.stem !== word.norm && knownStems.has(word.stem);
    return { text: byStem ? word.stem : word.norm, prefix: !byStem && word.prefix };
  });
  const text = sent.map((w) => w.text).join(' ');
  return sent.at(-1)!.prefix ? text : `${text} `;
}

/**
 * Stop words as written and folded. Not their stems: several collide with real words
 * ("avions" → "avion", "dans" → "dan", "sera" → "ser").
 */
export function stopWordForms(words: Iterable<string> = [...fra, ...FRENCH_STOP_WORDS]): string[] {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word.toLowerCase());
    forms.add(foldText(word));
  }
  forms.delete('');
  return [...forms].sort();
}

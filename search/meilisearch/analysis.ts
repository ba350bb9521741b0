import { fra } from 'stopword';
import { FRENCH_STOP_WORDS, foldText, parseQuery, requiredWords, tokenize, type ParsedQuery, type QueryWord } from '../french';
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

/** One query word part (or quoted phrase) as the adapter sends it. */
export interface EngineWord {
  /** Folded form, as typed: exact, typo and (last word) prefix matches against `text`. A phrase's words, space-separated. */
  norm: string;
  /** Light stem: exact matches against `text_stem` (inflections). A phrase's is its `norm`. */
  stem: string;
  /** Whether Meilisearch may treat it as a prefix (last word, not followed by a space). */
  prefix: boolean;
  /** Sent between quotes: Meilisearch matches its words adjacent and in order, no typo, no prefix. */
  phrase: boolean;
}

/** A parsed query as the adapter sends it. */
export interface EngineQuery {
  /** Required word parts and phrases in order, at most `LIMITS.queryWords`. */
  words: EngineWord[];
  /** Excluded words and phrases, folded (a phrase's words space-separated). */
  excluded: string[];
}

/** How many Meilisearch terms a required query word becomes (a phrase is one). */
export function engineTermCount(word: QueryWord): number {
  return word.phrase ? 1 : word.parts.length;
}

/**
 * A parsed query (see `parseQuery`) as Meilisearch terms, at most `LIMITS.queryWords` (all it
 * reads). Stop words of a query that has other words need not match, so they are not sent at all.
 */
export function toEngineQuery(parsed: ParsedQuery): EngineQuery {
  const parts: EngineWord[] = requiredWords(parsed).flatMap((word): EngineWord[] => {
    if (word.phrase) {
      const norm = word.parts.map((p) => p.norm).join(' ');
      return [{ norm, stem: norm, prefix: false, phrase: true }];
    }
    return word.parts.map((part, i) => ({
      norm: part.norm,
      stem: part.stem,
      prefix: word.prefix && i === word.parts.length - 1,
      phrase: false,
    }));
  });
  const words = parts.slice(0, LIMITS.queryWords).map((part, i, kept) => ({
    ...part,
    prefix: part.prefix && i === kept.length - 1 && kept.length === parts.length,
  }));
  return { words, excluded: parsed.excluded.map((w) => w.parts.map((p) => p.norm).join(' ')) };
}

/** `toEngineQuery` of the raw query text. */
export function toEngineWords(q: string): EngineQuery {
  return toEngineQuery(parseQuery(q));
}

/** Stems worth looking up: those that differ from the word as typed. */
export function stemCandidates(words: readonly EngineWord[]): string[] {
  return [...new Set(words.filter((w) => !w.phrase && w.stem !== w.norm).map((w) => w.stem))];
}

/**
 * The `q` Meilisearch receives. Only our own folded words reach it (letters, digits and spaces),
 * inside the syntax we add: `"…"` around a phrase, `-` before an excluded word or phrase. No
 * operator or control character typed by the user can reach the engine.
 *
 * Exclusions come first, so that the last word sent is the last word typed (Meilisearch treats
 * only the last word as a prefix). Meilisearch has no OR between forms of a word, so each word is
 * sent in one form: its stem when that stem is in the index (`knownStems`, looked up first),
 * which matches every inflection in `text_stem`; otherwise the word as typed, which keeps
 * Meilisearch's typo budget for its full length and prefix search on the last word ("coop" →
 * "coopération"). A stem is never a prefix (it would match unrelated words); a query whose last
 * word is not a prefix ends with a space, which turns Meilisearch's prefix search off.
 */
export function toEngineQueryText(query: EngineQuery, knownStems: ReadonlySet<string>): string {
  const exclusions = query.excluded.map((norm) => (norm.includes(' ') ? `-"${norm}"` : `-${norm}`));
  const sent = query.words.map((word) => {
    if (word.phrase) return { text: `"${word.norm}"`, prefix: false };
    const byStem = word.stem !== word.norm && knownStems.has(word.stem);
    return { text: byStem ? word.stem : word.norm, prefix: !byStem && word.prefix };
  });
  const text = [...exclusions, ...sent.map((w) => w.text)].join(' ');
  if (text === '') return '';
  return sent.at(-1)?.prefix ? text : `${text} `;
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

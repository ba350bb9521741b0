import { personNameKey } from './person-name-key';

/** One spelling per person for the whole corpus. */
export interface NameRegistry {
  /** The corpus-wide spelling of the person `name` spells; `name` itself when the corpus has no other. */
  canonicalName(name: string): string;
  /** The chosen spelling of every name key. */
  readonly chosen: ReadonlyMap<string, string>;
}

/**
 * Chooses, for each person (name key), the spelling the most articles use; ties go to the
 * spelling with the most diacritics ("Kaïs Saïed" over "Kais Saied"), then the longer one ("Abdel
 * Fattah Al-Sissi" over "Abdel Fattah Sissi"), then code-unit order, so the choice depends on the
 * corpus only, never on the order articles are read in. `spellingsPerArticle`: each article's
 * spellings, each counted once per article.
 */
export function buildNameRegistry(spellingsPerArticle: Iterable<readonly string[]>): NameRegistry {
  const counts = new Map<string, Map<string, number>>();
  for (const spellings of spellingsPerArticle) {
    // Composed (NFC), so text that reached us decomposed is the same spelling.
    for (const spelling of new Set(spellings.map((s) => s.normalize('NFC')))) {
      const key = personNameKey(spelling);
      let perSpelling = counts.get(key);
      if (!perSpelling) counts.set(key, (perSpelling = new Map()));
      perSpelling.set(spelling, (perSpelling.get(spelling) ?? 0) + 1);
    }
  }
  const chosen = new Map<string, string>();
  for (const [key, perSpelling] of counts) chosen.set(key, choose(perSpelling));
  return {
    chosen,
    canonicalName: (name) => chosen.get(personNameKey(name)) ?? name,
  };
}

/** Keys whose spelling differs between two registries (a key only one of them knows included). */
export function changedNameKeys(before: NameRegistry, after: NameRegistry): Set<string> {
  const changed = new Set<string>();
  for (const [key, name] of after.chosen) if (before.chosen.get(key) !== name) changed.add(key);
  for (const key of before.chosen.keys()) if (!after.chosen.has(key)) changed.add(key);
  return changed;
}

function choose(perSpelling: ReadonlyMap<string, number>): string {
  let best: Candidate | null = null;
  for (const [spelling, count] of perSpelling) {
    const candidate = { spelling, count, marks: spelling.normalize('NFD').match(COMBINING_MARKS)?.length ?? 0 };
    if (!best || isPreferred(candidate, best)) best = candidate;
  }
  return best!.spelling;
}

interface Candidate {
  spelling: string;
  count: number;
  marks: number;
}

function isPreferred(a: Candidate, b: Candidate): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (a.marks !== b.marks) return a.marks > b.marks;
  if (a.spelling.length !== b.spelling.length) return a.spelling.length > b.spelling.length;
  return a.spelling < b.spelling;
}

const COMBINING_MARKS = /\p{M}/gu;

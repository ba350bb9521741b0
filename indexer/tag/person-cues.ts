/** Words around a capitalised sequence that put it in a person's slot. Keys are folded. */
import { OCCUPATIONS, PERSON_TITLES } from './name-words';
import type { Token } from './tokenize';

/** Past participles of speech verbs ("a déclaré X Y", "X Y a affirmé"). */
const SPEECH_PARTICIPLES = new Set([
  'declare', 'declaree', 'affirme', 'affirmee', 'estime', 'estimee', 'explique', 'expliquee', 'confie', 'confiee',
  'ajoute', 'ajoutee', 'souligne', 'soulignee', 'assure', 'assuree', 'martele', 'martelee', 'insiste', 'insistee',
  'reconnu', 'reconnue', 'dit', 'dite', 'raconte', 'racontee', 'lance', 'lancee', 'rappele', 'rappelee', 'repondu',
  'precise', 'precisee', 'temoigne', 'temoignee', 'deplore', 'deploree', 'denonce', 'denoncee', 'regrette',
  'regrettee', 'promis', 'promise', 'averti', 'avertie', 'annonce', 'annoncee', 'indique', 'indiquee', 'poursuivi',
  'poursuivie', 'jure', 'juree', 'plaide', 'plaidee', 'souffle', 'soufflee', 'tranche', 'tranchee', 'commente',
  'commentee', 'reagi', 'reagie', 'ironise', 'ironisee', 'fustige', 'fustigee', 'salue', 'saluee', 'admis', 'admise',
]);

/** Speech verbs in the present, inverted after a quotation ("…, explique X Y"). */
const SPEECH_PRESENT = new Set([
  'declare', 'affirme', 'estime', 'explique', 'confie', 'ajoute', 'souligne', 'assure', 'martele', 'insiste',
  'reconnait', 'dit', 'raconte', 'lance', 'rappelle', 'repond', 'precise', 'temoigne', 'deplore', 'denonce',
  'regrette', 'poursuit', 'souffle', 'tranche', 'commente', 'ironise', 'fustige', 'resume', 'note', 'observe',
  'avertit', 'previent', 'soupire', 'sourit', 'admet', 'glisse', 'conclut', 'interroge', 's\'interroge',
]);

const AUXILIARIES = new Set(['a', 'avait', 'aura', 'aurait']);
const ARTICLES = new Set(['le', 'la', "l'", 'un', 'une', 'son', 'sa', 'notre', 'leur']);
const AGE = /^\d{1,3}$/;

/** "selon X Y", "a déclaré X Y", "…, explique X Y": a speech cue right before the name. */
export function hasSpeechCueBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || tokens[start]!.afterBreak) return false;
  if (before.key === 'selon') return true;
  if (SPEECH_PRESENT.has(before.key) && !before.capitalized) return true;
  return SPEECH_PARTICIPLES.has(before.key) && AUXILIARIES.has(tokens[start - 2]?.key ?? '');
}

/**
 * "X Y a affirmé", "X Y, porte-parole de…", "X Y, le ministre…", "X Y, 54 ans,": a speech verb or
 * a role apposition right after the name.
 */
export function hasPersonCueAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next) return false;
  if (!next.afterBreak) {
    return AUXILIARIES.has(next.key) && SPEECH_PARTICIPLES.has(tokens[end + 1]?.key ?? '') ||
      SPEECH_PRESENT.has(next.key) && !next.capitalized;
  }
  if (next.sentenceStart) return false;
  const role = ARTICLES.has(next.key) ? tokens[end + 1] : next;
  if (!role || role.capitalized && !next.capitalized) return false;
  if (AGE.test(next.key) && tokens[end + 1]?.key === 'ans') return true;
  return isRoleWord(role.key);
}

function isRoleWord(key: string): boolean {
  return PERSON_TITLES.has(key) || OCCUPATIONS.has(key) || key === 'vice-president' || key === 'vice-presidente' ||
    key.startsWith('ex-') && (PERSON_TITLES.has(key.slice(3)) || OCCUPATIONS.has(key.slice(3)));
}

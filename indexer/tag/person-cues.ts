/** Words around a capitalised sequence that put it in a person's slot. Keys are folded. */
import { OCCUPATIONS, PERSON_TITLES } from './name-words';
import type { TagToken } from './tag-tokens';

/** Past participles of speech verbs ("a déclaré X Y", "X Y a affirmé"). */
const SPEECH_PARTICIPLES = new Set([
  'declare', 'declaree', 'affirme', 'affirmee', 'estime', 'estimee', 'explique', 'expliquee', 'confie', 'confiee',
  'ajoute', 'ajoutee', 'souligne', 'soulignee', 'assure', 'assuree', 'martele', 'martelee', 'insiste', 'insistee',
  'reconnu', 'reconnue', 'dit', 'dite', 'raconte', 'racontee', 'lance', 'lancee', 'rappele', 'rappelee', 'repondu',
  'precise', 'precisee', 'temoigne', 'temoignee', 'deplore', 'deploree', 'denonce', 'denoncee', 'regrette',
  'regrettee', 'promis', 'promise', 'averti', 'avertie', 'annonce', 'annoncee', 'indique', 'indiquee', 'poursuivi',
  'poursuivie', 'jure', 'juree', 'plaide', 'plaidee', 'souffle', 'soufflee', 'tranche', 'tranchee', 'commente',
  'commentee', 'reagi', 'reagie', 'ironise', 'ironisee', 'fustige', 'fustigee', 'salue', 'saluee', 'admis', 'admise',
  'confirme', 'confirmee', 'nuance', 'nuancee', 'tempere', 'temperee', 'retorque', 'retorquee', 'replique', 'repliquee',
  'constate', 'constatee', 'releve', 'relevee', 'concede', 'concedee', 'avoue', 'avouee', 'detaille', 'detaillee',
  'rapporte', 'rapportee', 'relate', 'relatee', 'signale', 'signalee', 'conteste', 'contestee', 'dementi', 'dementie',
  'prevenu', 'prevenue', 'conclu', 'conclue',
]);

/** Speech verbs in the present, inverted after a quotation ("…, explique X Y"). */
const SPEECH_PRESENT = new Set([
  'declare', 'affirme', 'estime', 'explique', 'confie', 'ajoute', 'souligne', 'assure', 'martele', 'insiste',
  'reconnait', 'dit', 'raconte', 'lance', 'rappelle', 'repond', 'precise', 'temoigne', 'deplore', 'denonce',
  'regrette', 'poursuit', 'souffle', 'tranche', 'commente', 'ironise', 'fustige', 'resume', 'note', 'observe',
  'avertit', 'previent', 'soupire', 'sourit', 'admet', 'glisse', 'conclut', 'interroge', 's\'interroge',
  'confirme', 'nuance', 'tempere', 'retorque', 'replique', 'constate', 'releve', 'concede', 'avoue', 'detaille',
  'rapporte', 'relate', 'signale', 'conteste', 'dement', 'rencherit', 'abonde', 'raille', 'enchaine',
  'lache', 'murmure', 'plaisante', 'confesse', 'clame', 'proteste', 'rejouit', 'felicite', 'indigne', 'inquiete',
  'agace', 'emporte', 'desole', 'alarme', 'analyse', 'decrypte', 'objecte', 'espere', 'juge', 'rappelle',
  'temoigne', 'reconnait', 'cingle', 'tacle', 'assene', 'martele',
]);

const AUXILIARIES = new Set(['a', 'avait', 'aura', 'aurait']);
const ARTICLES = new Set(['le', 'la', "l'", 'un', 'une', 'son', 'sa', 'notre', 'leur']);
const AGE = /^\d{1,3}$/;

/** Verbs whose object is a person ("avait remplacé X Y", "a limogé X Y", "succède à X Y"). */
const PERSON_OBJECT_VERBS = new Set([
  'remplace', 'remplacee', 'remplacer', 'limoge', 'limogee', 'limoger', 'destitue', 'destituee', 'destituer', 'gracie',
  'graciee', 'gracier', 'nomme', 'nommee', 'nommer', 'rencontre', 'rencontree', 'rencontrer', 'interviewe', 'interviewee',
]);
const SUCCEED = new Set(['succede', 'succeder', 'succedant']);

/** "selon X Y", "a déclaré X Y", "…, explique X Y", "a remplacé X Y": a speech or person-object verb right before the name. */
export function hasSpeechCueBefore(tokens: readonly TagToken[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || tokens[start]!.afterBreak) return false;
  if (before.key === 'selon') return true;
  // "d’après X Y" reads like "selon X Y".
  if (before.key === 'apres' && tokens[start - 2]?.key === "d'" && !before.afterBreak) return true;
  if (PERSON_OBJECT_VERBS.has(before.key) && !before.capitalized) return true;
  if (before.key === 'a' && SUCCEED.has(tokens[start - 2]?.key ?? '')) return true;
  if (SPEECH_PRESENT.has(before.key) && !before.capitalized) return true;
  return SPEECH_PARTICIPLES.has(before.key) && AUXILIARIES.has(tokens[start - 2]?.key ?? '');
}

/**
 * "X Y a affirmé", "X Y, porte-parole de…", "X Y, le ministre…", "X Y, 54 ans,": a speech verb or
 * a role apposition right after the name.
 */
export function hasPersonCueAfter(tokens: readonly TagToken[], end: number): boolean {
  const next = tokens[end];
  if (!next) return false;
  if (!next.afterBreak) {
    return AUXILIARIES.has(next.key) && SPEECH_PARTICIPLES.has(tokens[end + 1]?.key ?? '') ||
      SPEECH_PRESENT.has(next.key) && !next.capitalized || hasLifeEventAfter(tokens, end);
  }
  if (next.sentenceStart) return false;
  let r = ARTICLES.has(next.key) ? end + 1 : end;
  // "X Y, un ancien guérillero", "X Y, jeune militante": one adjective before the role.
  if (ROLE_ADJECTIVES.has(tokens[r]?.key ?? '') && !tokens[r + 1]?.afterBreak) r++;
  const role = tokens[r];
  if (!role || role.capitalized && !next.capitalized) return false;
  if (AGE.test(next.key) && tokens[end + 1]?.key === 'ans') return true;
  // Describing nouns count after the name only: "l’icône Galerie X" is no person.
  return isRoleWord(role.key) || APPOSITION_NOUNS.has(role.key) || LIFE_PARTICIPLES.has(next.key) || hasAgeWithin(tokens, end);
}

/** Auxiliaries before a life event ("X Y a été élu", "X Y est mort", "X Y avait fui"). */
const EVENT_AUXILIARIES = new Set(['a', 'avait', 'aura', 'aurait', 'est', 'etait', 'sera', 'serait', 'fut']);
/** What happens to a person, not to a company: "X Y a été élu", "X Y est mort", "X Y a fui". */
const LIFE_EVENTS = new Set([
  'elu', 'elue', 'reelu', 'reelue', 'arrete', 'arretee', 'libere', 'liberee', 'tue', 'tuee', 'mort', 'morte', 'decede',
  'decedee', 'ne', 'nee', 'investi', 'investie', 'emprisonne', 'emprisonnee', 'incarcere', 'incarceree', 'assassine',
  'assassinee', 'blesse', 'blessee', 'enleve', 'enlevee', 'kidnappe', 'kidnappee', 'exile', 'exilee', 'demissionne',
  'epouse', 'grandi', 'fui', 'naturalise', 'naturalisee', 'hospitalise', 'hospitalisee', 'inhume', 'inhumee',
]);

/** "X Y a été élu", "X Y est morte", "X Y avait fui": a person's life event right after the name. */
function hasLifeEventAfter(tokens: readonly TagToken[], end: number): boolean {
  if (!EVENT_AUXILIARIES.has(tokens[end]!.key)) return false;
  let k = end + 1;
  if (tokens[k]?.key === 'ete') k++;
  const event = tokens[k];
  return !!event && !event.afterBreak && !event.capitalized && LIFE_EVENTS.has(event.key);
}

/** Words an apposition may hold before the age ("X Y, commerçante de 41 ans,"). */
const MAX_AGE_APPOSITION = 4;

/** "Fatouma Idriss Bouh-Aden, commerçante de 41 ans": an age in a short lower-case apposition. */
function hasAgeWithin(tokens: readonly TagToken[], end: number): boolean {
  for (let k = end; k < tokens.length - 1 && k < end + MAX_AGE_APPOSITION; k++) {
    const token = tokens[k]!;
    if (k > end && token.afterBreak || token.capitalized) return false;
    if (AGE.test(token.key) && tokens[k + 1]!.key === 'ans' && !tokens[k + 1]!.afterBreak) return true;
  }
  return false;
}

/** Participles of a life story that open an apposition about a person ("X Y, née à …", "X Y, réfugié un temps à …"). */
const LIFE_PARTICIPLES = new Set([
  'ne', 'nee', 'venu', 'venue', 'elu', 'elue', 'reelu', 'reelue', 'refugie', 'refugiee', 'exile', 'exilee', 'decede',
  'decedee', 'originaire', 'installe', 'installee', 'incarcere', 'incarceree', 'emprisonne', 'emprisonnee', 'detenu', 'detenue', 'age', 'agee',
]);

/** Adjectives between the article and the role of an apposition ("un ancien guérillero"). */
const ROLE_ADJECTIVES = new Set([
  'ancien', 'ancienne', 'nouveau', 'nouvel', 'nouvelle', 'jeune', 'futur', 'future', 'actuel', 'actuelle', 'celebre',
  'influent', 'influente', 'puissant', 'puissante', 'charismatique', 'ex',
]);

/** Nouns of an apposition that describe a person, beside titles and occupations ("X Y, figure de l’opposition"). */
const APPOSITION_NOUNS = new Set([
  'membre', 'responsable', 'representant', 'representante', 'figure', 'vedette', 'star', 'icone', 'temoin', 'victime',
  'survivant', 'survivante', 'rescape', 'rescapee', 'guerillero', 'combattant', 'combattante', 'rebelle', 'militaire',
  'expert', 'experte', 'specialiste', 'consultant', 'consultante', 'negociateur', 'negociatrice', 'mediateur',
  'mediatrice', 'coordinateur', 'coordinatrice', 'organisateur', 'organisatrice', 'gerant', 'gerante', 'proprietaire',
  'correspondant', 'correspondante', 'reporter', 'porte-voix', 'cofondateur', 'cofondatrice', 'veteran', 'doyen', 'doyenne',
  'grand-mere', 'grand-pere', 'native', 'natif', 'patriarche', 'matriarche', 'guide',
]);

function isRoleWord(key: string): boolean {
  return PERSON_TITLES.has(key) || OCCUPATIONS.has(key) || RELATIONS.has(key) || key === 'vice-president' ||
    key === 'vice-presidente' ||
    key.startsWith('ex-') && (PERSON_TITLES.has(key.slice(3)) || OCCUPATIONS.has(key.slice(3)));
}

/** Party labels between a title and a name ("le député Horizons Thibault …"). */
export const POLITICAL_LABELS = new Set(['horizons', 'reconquete', 'modem', 'renaissance', 'ensemble', 'patriotes', 'udr']);

/** Kin and close relations that announce a person ("sa sœur Aleema Khan", "Son mentor, Semegnew Bekele"). */
const RELATIONS = new Set([
  'epouse', 'epoux', 'mari', 'femme', 'fils', 'fille', 'frere', 'soeur', 'pere', 'mere', 'oncle', 'tante', 'neveu',
  'niece', 'cousin', 'cousine', 'gendre', 'bru', 'compagnon', 'compagne', 'mentor', 'adjoint', 'adjointe',
  'conseiller', 'conseillere', 'bras', 'heritier', 'heritiere', 'dictateur', 'dictatrice', 'cacique', 'ingenieur',
  'ingenieure', 'analyste', 'entrepreneur', 'entrepreneuse', 'milliardaire', 'laureat', 'laureate', 'veuve', 'veuf',
  'confrere', 'consoeur', 'collegue', 'camarade', 'associe', 'associee', 'ami', 'amie', 'voisin', 'voisine',
  'petit-fils', 'petite-fille', 'beau-frere', 'belle-soeur', 'beau-pere', 'belle-mere',
]);
/** Words a role phrase may hold between its head and the name ("le ministre des Sports, X"). */
const MAX_ROLE_PHRASE = 6;
/** "emmenée par X Y", "présidé par X Y". */
const LED_BY = new Set([
  'emmene', 'emmenee', 'emmenes', 'emmenees', 'dirige', 'dirigee', 'diriges', 'dirigees', 'conduit', 'conduite',
  'preside', 'presidee', 'mene', 'menee', 'incarne', 'incarnee', 'represente', 'representee', 'fonde', 'fondee',
]);

/** Lower-case words between "dirigée" and "par" ("dirigée depuis avril par X Y"). */
const MAX_LED_BY_GAP = 3;

/** "emmenée par", "dirigée depuis avril par": a leading participle a few lower-case words before "par". */
function isLedBy(tokens: readonly TagToken[], par: number): boolean {
  for (let k = par - 1; k >= 0 && k >= par - 1 - MAX_LED_BY_GAP; k--) {
    const token = tokens[k]!;
    if (LED_BY.has(token.key)) return true;
    if (token.capitalized || tokens[k + 1]!.afterBreak || token.afterBreak) return false;
  }
  return false;
}

/**
 * "sa sœur Aleema Khan", "le ministre des Sports, Mansukh Mandaviya", "le président de la
 * fédération, X", "emmenée par X": a role or relation phrase just before the name.
 */
export function hasRoleBefore(tokens: readonly TagToken[], start: number): boolean {
  const first = tokens[start]!;
  const before = tokens[start - 1];
  if (!before) return false;
  if (!first.afterBreak) {
    if (before.key === 'par' && isLedBy(tokens, start - 1)) return true;
    // "le fils de Hun Sen", "la veuve d’Ahmed Shah Massoud".
    if ((before.key === 'de' || before.key === "d'") && RELATIONS.has(tokens[start - 2]?.key ?? '')) return true;
    if ((before.key === 'de' || before.key === "d'") && hasHoldingBefore(tokens, start - 1)) return true;
    return !before.capitalized && (RELATIONS.has(before.key) || isRoleWord(before.key)) || isLeaderGuide(tokens, start - 2);
  }
  if (first.sentenceStart) return false;
  // After a comma: walk back over a short role phrase ("des Sports", "de la fédération") to its head.
  for (let k = start - 1; k >= 0 && k >= start - MAX_ROLE_PHRASE; k--) {
    const token = tokens[k]!;
    if (!token.capitalized && (RELATIONS.has(token.key) || isRoleWord(token.key) || isLeaderGuide(tokens, k))) return true;
    if (k < start - 1 && tokens[k + 1]!.afterBreak) return false;
  }
  return false;
}

/** Adjectives that make "guide" a leader's title ("le guide suprême", "son guide spirituel"), not a book or a job. */
const GUIDE_QUALIFIERS = new Set(['supreme', 'spirituel', 'spirituelle']);

/** "Son guide suprême, X Y": "guide" qualified as a leader. */
function isLeaderGuide(tokens: readonly TagToken[], k: number): boolean {
  const guide = tokens[k];
  const qualifier = tokens[k + 1];
  return !!guide && !!qualifier && guide.key === 'guide' && !guide.capitalized && GUIDE_QUALIFIERS.has(qualifier.key) &&
    !qualifier.afterBreak;
}

/** What a person holds or leads, then "de" and the person ("le pouvoir de Faure Gnassingbé"). */
const HOLDINGS = new Set([
  'pouvoir', 'regime', 'gouvernement', 'administration', 'presidence', 'mandat', 'parti', 'camp', 'partisans',
  'entourage', 'soutiens', 'proches', 'fideles', 'formation', 'cabinet', 'heritage',
]);
/** Lower-case words between the holding and "de" ("le Parti des travailleurs de …"). */
const MAX_HOLDING_WORDS = 3;

function hasHoldingBefore(tokens: readonly TagToken[], de: number): boolean {
  for (let k = de - 1; k >= 0 && k >= de - 1 - MAX_HOLDING_WORDS; k--) {
    const token = tokens[k]!;
    if (tokens[k + 1]!.afterBreak) return false;
    if (HOLDINGS.has(token.key)) return true;
    if (token.capitalized) return false;
  }
  return false;
}

/** Plural nouns of people a "dont" list picks from ("des alliés régionaux, dont X Y"). */
const PEOPLE_NOUNS = new Set([
  'allies', 'opposants', 'ministres', 'dirigeants', 'responsables', 'personnalites', 'militants', 'militantes', 'journalistes',
  'candidats', 'candidates', 'membres', 'leaders', 'figures', 'deputes', 'senateurs', 'elus', 'proches', 'otages', 'detenus',
  'prisonniers', 'manifestants', 'avocats', 'experts', 'chefs', 'generaux', 'officiers', 'joueurs', 'joueuses', 'artistes',
  'ecrivains', 'intellectuels', 'hommes', 'femmes', 'anciens', 'rivaux', 'adversaires', 'partisans', 'conseillers', 'invites',
  'laureats', 'victimes', 'survivants', 'temoins', 'gouverneurs', 'activistes', 'defenseurs', 'soutiens',
]);
/** Words between the people noun and "dont" ("des alliés régionaux, dont"). */
const MAX_DONT_GAP = 3;

/** "des alliés régionaux, dont X Y", "plusieurs opposants, dont X Y": one of the people just named. */
export function isPickedFromPeople(tokens: readonly TagToken[], start: number): boolean {
  const dont = tokens[start - 1];
  if (!dont || dont.key !== 'dont' || dont.capitalized || tokens[start]!.afterBreak) return false;
  for (let k = start - 2; k >= 0 && k >= start - 2 - MAX_DONT_GAP; k--) {
    const token = tokens[k]!;
    if (token.capitalized) return false;
    if (PEOPLE_NOUNS.has(token.key)) return true;
    if (token.afterBreak && k < start - 2) return false;
  }
  return false;
}

/** "cite l’exemple de Nayib Bukele": a name of two words held up as an example is a person's. */
export function isHeldUpAsExample(tokens: readonly TagToken[], start: number): boolean {
  const [article, noun, link] = [tokens[start - 3], tokens[start - 2], tokens[start - 1]];
  return !!article && !!noun && !!link && article.key === "l'" && noun.key === 'exemple' && link.key === 'de' &&
    !noun.afterBreak && !link.afterBreak && !tokens[start]!.afterBreak;
}

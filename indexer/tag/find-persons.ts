import type { Lexicon } from './lexicon';
import type { PlaceMatch } from './find-places';
import { NON_PERSON_HEADS } from './heads';
import {
  EAST_ASIAN_GIVEN_NAME, FAMILY_NOUNS, GIVEN_NAME_HONORIFICS, GLUED_ARTICLE, INSTITUTION_NOUNS, NAME_FUNCTION_WORDS, NAME_PARTICLES,
  NEVER_NAMES, OCCUPATIONS, ORGANISATION_WORDS, PATRONYMIC_PARTICLES, PERSON_TITLES, PLACE_NAME_STARTS, REGNAL_NUMERAL, RUN_BREAKERS, SOVEREIGN_TITLES,
  TRAILING_PATRONYMICS, isHonorific,
} from './name-words';
import {
  POLITICAL_LABELS, hasPersonCueAfter, hasRoleBefore, hasSpeechCueBefore, isHeldUpAsExample, isPickedFromPeople,
} from './person-cues';
import type { TagToken } from './tag-tokens';

/**
 * `unconfirmed`: unknown capitalised words, a person only if the surname recurs alone in the article.
 * `titled-known`: an ordinary word after a title ("le président Xi", "la présidente du Conseil"),
 * a person only if the article names someone so.
 */
export type MentionKind = 'full' | 'regnal' | 'titled' | 'titled-known' | 'unconfirmed';

/** A person named in a paragraph: tokens [start, end). */
export interface PersonMention {
  start: number;
  end: number;
  kind: MentionKind;
}

const ALL_CAPS = /^[\p{Lu}\d-]{2,}$/u;
/** Capitalised at the start of a sentence, never the start of a name ("Au Burkina, …"). */
const LEADING_FUNCTION_WORDS = new Set(['au', 'aux', 'du', 'des', 'en', 'et', 'un', 'une', 'a', 'sur', 'par', 'ou']);
/** A river or a sea, not a surname: "Nil Bleu", "mer Rouge". */
const FEATURE_ADJECTIVES = new Set(['bleu', 'bleue', 'rouge', 'vert', 'verte', 'jaune', 'noire', 'morte', 'blanche']);
const NAME_ELISIONS = new Set(["n'", "m'"]);
/** Likenesses, burials and belongings that name the person they are of ("le buste de Néfertiti", "le trésor de Toutânkhamon"). */
const EFFIGY_NOUNS = new Set([
  'buste', 'bustes', 'statue', 'statues', 'effigie', 'tombeau', 'tombe', 'momie', 'sarcophage', 'mausolee', 'sepulture',
  'tresor',
]);
/** Nouns of places whose name follows after "de" ("le district de Tai Po", "la ville de Nong Khai"). */
const PLACE_NOUNS = new Set([
  'district', 'districts', 'ville', 'village', 'villages', 'commune', 'localite', 'bourgade', 'canton', 'comte', 'prefecture',
  'municipalite', 'township', 'oblast', 'raion', 'wilaya', 'gouvernorat',
]);
/** Letters of each word of a double-barrelled name read by its shape. */
const MIN_BARREL_LETTERS = 4;
const foldKey = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const SAINT_ABBREVIATIONS = new Set(['st', 'ste']);
/** English plural nouns of landforms closing a place's name ("Blue Mountains", "Victoria Falls"), never a surname. */
const LANDFORM_PLURALS = new Set(['mountains', 'hills', 'falls', 'springs', 'islands', 'heights', 'keys', 'lakes', 'highlands', 'plains']);
/** Nouns of companies and groups: the capitalised words after them name one ("les multinationales Cargill et Barry Callebaut"). */
const ORGANISATION_CLASS_NOUNS = new Set([
  'entreprise', 'entreprises', 'societe', 'societes', 'multinationale', 'multinationales', 'groupe', 'groupes', 'firme',
  'firmes', 'marque', 'marques', 'laboratoire', 'laboratoires', 'constructeur', 'constructeurs', 'geant', 'geants',
  'compagnie', 'compagnies', 'banque', 'banques', 'chaine', 'chaines', 'label', 'cabinet', 'organisation', 'mouvement',
  'milice', 'milices', 'coalition', 'parti', 'partis', 'operateur', 'assureur', 'distributeur',
]);
/** Houses of a trade ("les maisons de cognac"): the names listed after them are brands. */
const HOUSE_NOUNS = new Set(['maison', 'maisons']);
const LIST_LINKS = new Set(['et', 'ou']);
const PARENT_NOUNS = new Set(['mere', 'pere']);
const MAX_ORGANISATION_LIST_WORDS = 8;
const ORGANISATION_ARTICLES = new Set(['un', 'une', 'le', 'la', "l'"]);
const ARTICLES_BEFORE_NAMES = new Set(['le', 'la', 'les', 'el', 'los', 'las', 'the', 'il', 'lo']);
/** "le maire de Lima Rafael López Aliaga": a place after these is where, not a given name. */
/** Words between a title and the name that qualify the title ("le prince héritier Hussein", "le pape émérite Benoît"). */
const TITLE_QUALIFIERS = new Set(['heritier', 'heritiere', 'emerite', 'consort', 'regnant', 'regnante', 'defunt', 'defunte', 'feu']);
const PLACE_PREPOSITIONS = new Set(['de', "d'", 'a', 'au', 'aux', 'en', 'du', 'des']);
/** Imperative endings: "« Libérez Masra ! »", "Sauvons Gaza". */
const IMPERATIVE = /^(\p{L}{3,}?)(?:ez|ons)$/u;
const MAX_UNKNOWN_NAME_WORDS = 3;
/** Lower-case words between an occupation and the name ("chanteur d’opéra", "metteur en scène"). */
const MAX_OCCUPATION_QUALIFIERS = 3;
/** Verbs and pronouns: an occupation before them is the subject of a clause, not a qualified role. */
const NOT_QUALIFIERS = new Set([
  'a', 'ont', 'avait', 'avaient', 'est', 'sont', 'etait', 'fut', 'sera', 'va', 'fait', 'et', 'ou', 'qui', 'que', 'se',
  "s'", 'il', 'elle', 'lui', 'leur', 'y', 'ne', "n'", 'pas', 'contre', 'avec', 'pour', 'par', 'chez', 'sans', 'comme',
  // Articles and places: "le pilote sur le site Web d’Oracle" is no qualified occupation.
  'sur', 'sous', 'dans', 'vers', 'le', 'la', 'les', "l'", 'un', 'une', 'au', 'aux', 'du', 'des', 'son', 'sa', 'ses',
  'leurs', 'ce', 'cette', 'ces',
]);
const HYPHENS = /[-‐‑]/;
/** "témoigne depuis Varsovie", "raconte à Kaboul": where a speaker talks from. */
const SPEAKER_PLACE_LINKS = new Set(['depuis', 'a', 'de']);
/** Portuguese and Spanish particles: a town after one, inside a name, is part of it ("Maria do Rosário da Costa"). */
const IBERIAN_PARTICLES = new Set(['do', 'da', 'dos', 'das', 'del']);
/** Links between a role and the institution it belongs to ("président du Parlement X Y"). */
const ROLE_LINKS = new Set(['du', 'de', 'des', "d'", 'la', "l'"]);
/** Lower-case adjectives between an organisation noun and its name ("le géant minier anglo-australien Rio Tinto"). */
const MAX_ORGANISATION_ADJECTIVES = 2;
/** Initials after a given name that end it ("Louis C. K."). */
const MIN_FINAL_INITIALS = 2;
const MAX_FAMILY_NAME_LETTERS = 5;

/** "la cité Gagarine" but "elle cite J.M.G. Le Clézio": the verb folds like the noun. */
function isInstitutionNoun(token: TagToken): boolean {
  return INSTITUTION_NOUNS.has(token.key) && (token.key !== 'cite' || token.text.toLowerCase() === 'cité');
}

/** "le réalisateur japonais", "la romancière franco-camerounaise". */
function isDemonym(place: PlaceMatch | undefined): boolean {
  return place?.kind === 'demonym' || place?.kind === 'compound';
}

/** Finds full names, regnal names and titled surnames ("M. Saïed") in one paragraph. */
export function findPersons(
  tokens: readonly TagToken[],
  placeAt: readonly (PlaceMatch | undefined)[],
  lexicon: Lexicon,
): PersonMention[] {
  const mentions: PersonMention[] = [];
  const isFirstName = (j: number) => tokens[j]!.key.split(HYPHENS).every((part) => lexicon.firstNames.has(part));
  const isAmbiguous = (j: number) => lexicon.ambiguousFirstNames.has(tokens[j]!.key) || !!placeAt[j];
  const isCommon = (j: number) => lexicon.commonWords.has(tokens[j]!.key);
  const isPlainFirstName = (j: number) => j >= 0 && tokens[j]!.capitalized && !tokens[j]!.elision && !placeAt[j] &&
    isFirstName(j) && !lexicon.ambiguousFirstNames.has(tokens[j]!.key) && !isCommon(j);

  const isSurnameWord = (j: number): boolean => {
    const token = tokens[j];
    return !!token && !token.afterBreak && token.capitalized && !placeAt[j] && !ALL_CAPS.test(token.text);
  };
  const isNameWord = (j: number): boolean => {
    const token = tokens[j];
    if (!token || !token.capitalized || token.elision) return false;
    if (ALL_CAPS.test(token.text) && !REGNAL_NUMERAL.test(token.text)) return false;
    // A lone capital is an initial ("John F. Kennedy") or a numeral ("Mohammed V"), else noise.
    if (token.text.length === 1 && !token.abbreviated && !REGNAL_NUMERAL.test(token.text)) return false;
    const place = placeAt[j];
    if (!place) return true;
    if (place.end - place.start !== 1 || place.kind === 'blocked' || place.kind === 'demonym') return false;
    // "Lewis Trondheim": a one-word town right after a given name is a surname.
    if (place.kind === 'city' && !token.afterBreak && isPlainFirstName(j - 1)) return true;
    // "Domingos Simões Pereira": likewise after a given name and an unknown middle name.
    if (place.kind === 'city' && !token.afterBreak && !tokens[j - 1]?.afterBreak && isPlainFirstName(j - 2) &&
      isUnknownWord(j - 1)) return true;
    // "Maurice Papon", "Florence Parly": a one-word place that is a first name, before a surname.
    if (lexicon.firstNames.has(token.key) && isSurnameWord(j + 1)) return true;
    // "assure Washington Olivera-Suárez": a place before a surname in a person's slot is a given name.
    return (place.kind === 'city' || place.kind === 'name') && !token.afterBreak && isSurnameWord(j + 1) && !isCommon(j + 1) &&
      (hasSpeechCueBefore(tokens, j) || hasRoleBefore(tokens, j) || hasPersonCueAfter(tokens, j + 2));
  };
  /** "Maria do Rosário da Costa Soares": a town between Iberian particles inside a name is a name part. */
  const isPlaceInsideName = (j: number): boolean => {
    const place = placeAt[j];
    const next = tokens[j + 1];
    return !!place && place.end - place.start === 1 && (place.kind === 'city' || place.kind === 'name') &&
      IBERIAN_PARTICLES.has(tokens[j - 1]?.key ?? '') && tokens[j]!.capitalized && !!next && !next.afterBreak &&
      (IBERIAN_PARTICLES.has(next.key) || isNameWord(j + 1));
  };

  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(i)) {
      i++;
      continue;
    }
    const end = runEnd(i);
    classifyRun(i, end);
    i = end;
  }
  return mentions;

  /** A capitalised word that no list knows: no ordinary word, place, title or sentence opener. */
  function isUnknownWord(j: number): boolean {
    const token = tokens[j]!;
    return token.capitalized && !token.sentenceStart && !token.abbreviated && !placeAt[j] && !isCommon(j) && !isTitle(j) &&
      !NEVER_NAMES.has(token.key) && !NAME_FUNCTION_WORDS.has(token.key);
  }

  /** "Yao Kouamé N’Guessan", "Salif M’Bodj": a capital read as an elision inside a name. */
  function isNameElision(j: number): boolean {
    const token = tokens[j]!;
    return token.elision && NAME_ELISIONS.has(token.key) && token.capitalized && isNameWord(j + 1);
  }

  /** A run of capitalised words, with particles inside ("von der"), not crossing punctuation. */
  function runEnd(start: number): number {
    let end = start + 1;
    while (end < tokens.length && !tokens[end]!.afterBreak && !RUN_BREAKERS.has(tokens[end]!.key)) {
      if (isNameWord(end) || GLUED_ARTICLE.test(tokens[end]!.text) || isNameElision(end)) {
        end++;
        continue;
      }
      // "Nurlan Bakyt uulu": a Central Asian patronymic word closes the name.
      if (TRAILING_PATRONYMICS.has(tokens[end]!.key) && !tokens[end]!.capitalized) {
        end++;
        break;
      }
      if (!NAME_PARTICLES.has(tokens[end]!.key) || tokens[end]!.capitalized) break;
      let k = end;
      while (k < tokens.length && NAME_PARTICLES.has(tokens[k]!.key) && !tokens[k]!.afterBreak) k++;
      // "les Bleus de Didier Deschamps": a particle before a full name starts another name, but
      // "Lula da Silva" keeps its particle, and so do "Tamim ben Hamad Al Thani" (a patronymic) and
      // "Carlos Afonso dos Reis Nobre" (given names before it).
      if (k >= tokens.length || tokens[k]!.afterBreak || !isNameWord(k) && !isPlaceInsideName(k)) break;
      const fullNameAfter = isFirstName(k) && isNameWord(k + 1) && !tokens[k + 1]!.afterBreak;
      // "Maria do Rosário da Costa Soares": Portuguese and Spanish particles chain the parts of one name.
      // "Aissatu dos Santos Baldé": one unknown word before an Iberian particle is a given name in no list.
      const linked = PATRONYMIC_PARTICLES.has(tokens[end]!.key) || allFirstNames(start, end) ||
        IBERIAN_PARTICLES.has(tokens[end]!.key) && (isFirstName(start) || end === start + 1 && isUnknownWord(start));
      if (fullNameAfter && !linked) break;
      end = k + 1;
    }
    // "Kurt Weill La…": "Le", "La" open surnames ("Le Pen"), they never end one; nor does an initial,
    // unless several follow a given name ("Louis C. K.").
    if (hasFinalInitials(start, end)) return end;
    while (end - 1 > start && (NAME_FUNCTION_WORDS.has(tokens[end - 1]!.key) || tokens[end - 1]!.abbreviated)) end--;
    return end;
  }

  function hasFinalInitials(start: number, end: number): boolean {
    let k = end;
    while (k > start && isInitial(k - 1)) k--;
    return end - k >= MIN_FINAL_INITIALS && k > start && isFirstName(k - 1) && !isHonorific(tokens[k]);
  }

  /** "la vendeuse de rue Wilma …": a noun after an occupation and a bare "de" is a trade, not a street. */
  function qualifiesOccupation(k: number): boolean {
    const de = tokens[k - 1];
    const occupation = tokens[k - 2];
    return !!de && !!occupation && (de.key === 'de' || de.key === "d'") && !tokens[k]!.afterBreak && !de.afterBreak &&
      OCCUPATIONS.has(occupation.key);
  }

  /** "les multinationales Cargill et Barry Callebaut", "le groupe Hayat Tahrir al-Cham". */
  function isAfterOrganisationNoun(start: number): boolean {
    // "le chef d’entreprise Nguyen Thi Thanh" is a person: the noun belongs to a role.
    const isNoun = (k: number) => !!tokens[k] && !tokens[k]!.capitalized && ORGANISATION_CLASS_NOUNS.has(tokens[k]!.key) &&
      tokens[k - 1]?.key !== 'de' && tokens[k - 1]?.key !== "d'";
    if (isNoun(start - 1)) return true;
    // "le géant minier Rio Tinto", "l’entreprise publique X Y": a few adjectives between.
    for (let k = start - 2; k >= 0 && k >= start - 1 - MAX_ORGANISATION_ADJECTIVES; k--) {
      const word = tokens[k + 1]!;
      if (word.capitalized || word.afterBreak || NOT_QUALIFIERS.has(word.key) || word.key === 'de' || word.key === "d'" ||
        OCCUPATIONS.has(word.key) || PERSON_TITLES.has(word.key)) break;
      if (isNoun(k)) return true;
    }
    return tokens[start - 1]?.key === 'et' && !!tokens[start - 2]?.capitalized && isNoun(start - 3) &&
      !tokens[start - 1]!.afterBreak && !tokens[start - 2]!.afterBreak;
  }

  /** "les grandes maisons, comme Hennessy, Martell ou Rémy Martin": a list of houses or brands, not of people. */
  function isListedAsOrganisations(start: number): boolean {
    for (let k = start - 1; k >= 1 && k >= start - MAX_ORGANISATION_LIST_WORDS; k--) {
      const token = tokens[k]!;
      if (token.key === 'comme' && !token.capitalized) {
        const noun = tokens[k - 1]!;
        return !noun.capitalized && (ORGANISATION_CLASS_NOUNS.has(noun.key) || HOUSE_NOUNS.has(noun.key));
      }
      if (!token.capitalized && !LIST_LINKS.has(token.key)) return false;
    }
    return false;
  }

  /** Given names only, lower-case particles between them aside ("Maria do Rosário"). */
  function allFirstNames(start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      if (!isFirstName(k) && !(NAME_PARTICLES.has(tokens[k]!.key) && !tokens[k]!.capitalized)) return false;
    }
    return true;
  }

  /** "Rio Tinto, un groupe britannique": an apposition that names a company or a group. */
  function hasOrganisationApposition(end: number): boolean {
    const next = tokens[end];
    if (!next || !next.afterBreak || next.sentenceStart) return false;
    // The article is required: ", parti à Manchester" is a participle.
    const noun = tokens[end + 1];
    return ORGANISATION_ARTICLES.has(next.key) && !!noun && !noun.capitalized && !noun.afterBreak && ORGANISATION_CLASS_NOUNS.has(noun.key);
  }

  function classifyRun(runStart: number, end: number): void {
    let start = runStart;
    const before = tokens[start - 1];
    if (before && !tokens[start]!.afterBreak && (isInstitutionNoun(before) && !qualifiesOccupation(start - 1) ||
      isAfterOrganisationNoun(start) || isListedAsOrganisations(start))) return;
    if (hasOrganisationApposition(end) || LANDFORM_PLURALS.has(tokens[end - 1]!.key) || isPlaceSlot(runStart, end)) return;
    // "St. Elizabeth", "Ste. Marie": "Saint" abbreviated opens a place's name, not a given name.
    if (tokens[start]!.abbreviated && SAINT_ABBREVIATIONS.has(tokens[start]!.key)) return;
    // "le président de la République Emmanuel Macron": the institution closes the role, the name follows.
    if (isInstitutionOfRole(start, end)) start++;
    // "la famille Bongo", "les Kennedy": a family is no one person.
    if (before && !tokens[start]!.afterBreak && FAMILY_NOUNS.has(before.key) && !isFirstName(start)) return;
    let f = start;
    for (; f < end; f++) {
      const key = tokens[f]!.key;
      if (INSTITUTION_NOUNS.has(key) || NON_PERSON_HEADS.has(key)) return;
      if (NEVER_NAMES.has(key) || isTitle(f) || !isFirstName(f)) continue;
      if (f + 1 >= end) break;
      if (REGNAL_NUMERAL.test(tokens[f + 1]!.text)) {
        mentions.push({ start: f, end: f + 2, kind: 'regnal' });
        return;
      }
      if (isAmbiguous(f)) {
        // "Mardi Benny Gantz": a word opening the sentence before a full name is not a first name
        // (but "l'opposante María Corina Machado" keeps hers).
        // Likewise a place after a preposition ("le maire de Lima Rafael López Aliaga").
        const where = tokens[f]!.sentenceStart || !!placeAt[f] && PLACE_PREPOSITIONS.has(tokens[f - 1]?.key ?? '');
        if (where && isFirstName(f + 1) && !isAmbiguous(f + 1) && f + 2 < end) continue;
        // "France Télévisions", "Florence Nationale": a place, then an ordinary word ("Jean Moulin" stays).
        if (placeAt[f] && isCommon(f + 1)) continue;
      }
      if (hasOrganisationWord(f + 1, end) || FEATURE_ADJECTIVES.has(tokens[end - 1]!.key)) return;
      // "La Libertad Avanza", "Le Jean-Bart": a capitalised article before a given name opens the name of a thing.
      if (f > start && ARTICLES_BEFORE_NAMES.has(tokens[f - 1]!.text.toLowerCase()) && tokens[f - 1]!.capitalized) return;
      mentions.push({ start: extendGivenNames(start, f, end), end, kind: 'full' });
      return;
    }
    if (f === end - 1 && hasCueBefore(start, SOVEREIGN_TITLES)) {
      mentions.push({ start, end, kind: 'titled' });
      return;
    }
    classifyWithoutFirstName(start, end);
  }

  /** "M. Saïed", "le président Macron", "le réalisateur japonais Hirokazu Kore-eda". */
  function classifyWithoutFirstName(runStart: number, end: number): void {
    let start = runStart;
    // "Selon M. Saïed": an ordinary word opening the sentence is not part of the name.
    while (start < end && (NEVER_NAMES.has(tokens[start]!.key) || LEADING_FUNCTION_WORDS.has(tokens[start]!.key) ||
      tokens[start]!.sentenceStart && (isCommon(start) || isImperative(start)) && !isTitle(start))) start++;
    // …and neither does a lower-case particle left behind ("Utilisation d’AutoTexte").
    while (start < end && !tokens[start]!.capitalized) start++;
    // "l’ancien président du Parlement Gombojav Zandanshatar": the run starts after the institution.
    const institutionRole = start > 0 && isInstitutionOfRole(start - 1, end);
    let s = start;
    while (s < end && isTitle(s)) s++;
    if (s >= end || tokens[s]!.key.includes('-') && s + 1 === end || REGNAL_NUMERAL.test(tokens[s]!.text)) return;
    if (!tokens.slice(s, end).some((t) => t.text.length > 1)) return;
    if (hasOrganisationWord(s, end)) return;
    // "le général de Gaulle": lower-case particles between the title and the name belong to it.
    let p = start;
    while (p > 0 && s === start && NAME_PARTICLES.has(tokens[p - 1]!.key) && !tokens[p - 1]!.capitalized &&
      !tokens[p]!.afterBreak) p--;
    const titled = s > start || hasCueBefore(p, PERSON_TITLES);
    const honorific = isHonorific(tokens[s - 1]);
    if (titled) {
      // "le général de Gaulle" but "le leader de Vox": after a particle, only a name the article gives.
      const known = honorific || ((!isCommon(s) || isShortFamilyName(s, end, true)) && p === start);
      // "l’opposant tchadien Succès Masra": a given name that is a word, then a surname that is not,
      // is a person if the surname recurs alone in the article.
      if (!known && p === start && end - s >= 2 && !tokens[s]!.sentenceStart && !isCommon(end - 1)) {
        mentions.push({ start: s, end, kind: 'unconfirmed' });
        return;
      }
      mentions.push({ start: s === start ? p : s, end, kind: known ? 'titled' : 'titled-known' });
      return;
    }
    // A name missing from the first-name lists, announced by an occupation or a nationality; a
    // single word only after an occupation ("le rappeur belge Damso").
    let initials = 0;
    while (s + initials < end && isInitial(s + initials)) initials++;
    const words = end - s - initials;
    // Lower-case patronymic links ("bint", "uulu") are no words of their own; "de" still counts.
    let links = 0;
    for (let k = s; k < end; k++) {
      if (!tokens[k]!.capitalized && (PATRONYMIC_PARTICLES.has(tokens[k]!.key) || TRAILING_PATRONYMICS.has(tokens[k]!.key))) links++;
    }
    if (words - links > MAX_UNKNOWN_NAME_WORDS || PLACE_NAME_STARTS.has(tokens[s]!.key)) return;
    // …or a nationality used as a noun, which may announce a well-known given name ("le Brésilien Lula").
    if (words === 1 && initials === 0 && !(isAfterDemonymNoun(s) && !isAmbiguous(s)) && !isEffigyOf(s, end) && !isIntroducedByGivenName(s, end) &&
      (!hasOccupationBefore(s, true) || isFirstName(s))) return;
    const roleBefore = institutionRole || hasOccupationBefore(s) || hasRoleBefore(tokens, s);
    // "Ho Wai-ho", "Lai Ching-te": a short family name before a hyphenated East Asian given name is
    // no given name, whatever French word it spells.
    const eastAsian = words === 2 && initials === 0 && isEastAsianName(s);
    let commonGivenName = false;
    for (let k = s + initials; k < end; k++) {
      // "Le Clézio", "La Fontaine": a capitalised article opens a surname.
      if (NAME_PARTICLES.has(tokens[k]!.key) || NAME_FUNCTION_WORDS.has(tokens[k]!.key) && tokens[k]!.capitalized && k > s) continue;
      if (NEVER_NAMES.has(tokens[k]!.key) || REGNAL_NUMERAL.test(tokens[k]!.text)) return;
      // After a role, a surname may be an ordinary word ("sa sœur Aleema Khan"); the given name may not.
      if (isCommon(k) && !roleBefore && !eastAsian) return;
      // "l’opposant tchadien Succès Masra": after a role, a given name that is a word needs the
      // surname to recur alone in the article.
      if (isCommon(k) && k === s && !eastAsian && !isShortFamilyName(s, end, roleBefore)) {
        if (tokens[s]!.sentenceStart || end - s < 2 || isCommon(end - 1)) return;
        commonGivenName = true;
      }
    }
    // "J. M. G. Le Clézio", "T. C. Boyle": initials before a surname make a name.
    const cued = initials >= 2 && words >= 1 || roleBefore || eastAsian || hasPatronymicShape(s, end) || hasSpeechCueBefore(tokens, s) ||
      hasSpeechCueBeforePlace(s) || words - links >= 2 && (isPickedFromPeople(tokens, s) || isHeldUpAsExample(tokens, s)) || hasDoubleBarrelledShape(s, end) ||
      hasPersonCueAfter(tokens, end) || isFollowedByFullName(end) || words - links >= 2 && isListedAfterFullName(s, end) ||
      words === 1 && (isAfterDemonymNoun(s) || isEffigyOf(s, end) || isIntroducedByGivenName(s, end));
    mentions.push({ start: s, end, kind: cued && !commonGivenName ? 'full' : 'unconfirmed' });
  }

  /**
   * "le président Bola Ahmed Tinubu": given names missing from the lists before a known one belong
   * to the name in a person's slot; an ordinary word, a title or a place does not ("Mardi Benny
   * Gantz"), nor a brand without a cue ("Debian Edu").
   */
  function extendGivenNames(runStart: number, first: number, end: number): number {
    let s = first;
    let linked: number | undefined;
    while (s > runStart) {
      const k = s - 1;
      const token = tokens[k]!;
      if (tokens[s]!.afterBreak) break;
      if (GIVEN_NAME_HONORIFICS.has(token.key) && token.capitalized && !token.sentenceStart) return k;
      // "Nouf bint Abdelaziz al-Qahtani": the word before "bint", "ben", "ould" is the person's own given name.
      // So is the word before "dos", "da" ("Aissatu dos Santos Baldé").
      if ((PATRONYMIC_PARTICLES.has(token.key) || IBERIAN_PARTICLES.has(token.key)) && !token.capitalized && k - 1 >= runStart &&
        tokens[k - 1]!.capitalized &&
        !isCommon(k - 1) && !isTitle(k - 1) && !placeAt[k - 1] && !tokens[k]!.afterBreak) {
        s = k - 1;
        linked = s;
        continue;
      }
      // "Lê Quang Khoa" keeps its two-letter family name, not "Le".
      const accentedShort = token.text.length < 3 && token.key !== token.text.toLowerCase();
      if (isCommon(k) && !accentedShort || isTitle(k) || placeAt[k] || token.sentenceStart && isImperative(k) || NEVER_NAMES.has(token.key) ||
        NAME_PARTICLES.has(token.key) || token.text.length < 3 && !accentedShort || POLITICAL_LABELS.has(token.key)) break;
      s = k;
    }
    if (s === first) return first;
    if (s === linked) return s;
    const cued = hasCueBefore(s, PERSON_TITLES) || hasOccupationBefore(s) || hasSpeechCueBefore(tokens, s) ||
      hasPersonCueAfter(tokens, end) || hasRoleBefore(tokens, s);
    return cued ? s : first;
  }

  function hasCueBefore(start: number, titles: ReadonlySet<string>): boolean {
    if (tokens[start]!.afterBreak) return false;
    if (isHonorific(tokens[start - 1])) return true;
    for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
      const token = tokens[k]!;
      if (titles.has(token.key) && (!token.capitalized || token.sentenceStart) && !ALL_CAPS.test(token.text)) return true;
      // "le président tunisien Saïed", "le prince héritier Hussein"
      if (!isDemonym(placeAt[k]) && !TITLE_QUALIFIERS.has(token.key) || token.afterBreak) return false;
    }
    return false;
  }

  /**
   * An occupation, a title or a nationality just before, a comma allowed ("le recteur, Ahmadou Aly
   * Mbaye"); with `strict`, an occupation, possibly followed by a nationality.
   */
  function hasOccupationBefore(start: number, strict = false): boolean {
    const isOccupation = (k: number) => {
      const token = tokens[k];
      return !!token && !ALL_CAPS.test(token.text) && OCCUPATIONS.has(token.key);
    };
    const before = tokens[start - 1];
    if (!before || ALL_CAPS.test(before.text)) return false;
    const demonym = isDemonym(placeAt[start - 1]);
    if (strict) return !before.afterBreak && !tokens[start]!.afterBreak && (isOccupation(start - 1) || demonym && isOccupation(start - 2));
    // "le président de gauche Yamandú Orsi": a title qualified like an occupation.
    const isRole = (k: number) => isOccupation(k) || !!tokens[k] && !tokens[k]!.capitalized && PERSON_TITLES.has(tokens[k]!.key) &&
      tokens[k]!.key !== 'premier';
    return isOccupation(start - 1) || PERSON_TITLES.has(before.key) || demonym || hasQualifiedOccupationBefore(start, isRole);
  }

  /**
   * "le chanteur d’opéra Paata …", "le dignitaire chiite Moqtada …", "le metteur en scène X": an
   * occupation then a few lower-case words that qualify it, no verb between.
   */
  function hasQualifiedOccupationBefore(start: number, isOccupation: (k: number) => boolean): boolean {
    if (tokens[start]!.afterBreak) return false;
    for (let k = start - 2; k >= 0 && k >= start - 1 - MAX_OCCUPATION_QUALIFIERS; k--) {
      const word = tokens[k + 1]!;
      if (word.capitalized || word.afterBreak || NOT_QUALIFIERS.has(word.key)) return false;
      if (isOccupation(k)) return true;
    }
    return false;
  }

  /** "témoigne depuis Varsovie X Y": a speech verb, then where the speaker is, then the name. */
  function hasSpeechCueBeforePlace(s: number): boolean {
    const place = placeAt[s - 1];
    if (!place || place.end !== s || tokens[s]!.afterBreak) return false;
    const from = tokens[place.start - 1];
    return !!from && SPEAKER_PLACE_LINKS.has(from.key) && !tokens[place.start]!.afterBreak && !from.afterBreak &&
      hasSpeechCueBefore(tokens, place.start - 1);
  }

  /** "X Y uulu", "X bint Y": a patronymic link inside or at the end makes the words a person's name. */
  function hasPatronymicShape(s: number, end: number): boolean {
    if (TRAILING_PATRONYMICS.has(tokens[end - 1]!.key)) return end - s >= 3;
    for (let k = s + 1; k < end - 1; k++) {
      if (PATRONYMIC_PARTICLES.has(tokens[k]!.key) && !tokens[k]!.capitalized && tokens[k - 1]!.capitalized) return true;
    }
    return false;
  }

  /** "le président du Parlement X Y": a capitalised ordinary word after a role and "du", before two more words. */
  function isInstitutionOfRole(start: number, end: number): boolean {
    const first = tokens[start];
    if (!first || end - start < 3 || first.sentenceStart || first.afterBreak || !isCommon(start) || tokens[start + 1]!.afterBreak) return false;
    let k = start - 1;
    while (k >= 0 && k >= start - 2 && ROLE_LINKS.has(tokens[k]!.key) && !tokens[k + 1]!.afterBreak) k--;
    const role = tokens[k];
    return k < start - 1 && !!role && !role.capitalized && !tokens[k + 1]!.afterBreak &&
      (PERSON_TITLES.has(role.key) || OCCUPATIONS.has(role.key));
  }

  /** "le Brésilien Lula", "l’Ivoirien Drogba": a nationality used as a noun, then one name. */
  /** "Fatiha, mère de trois enfants,": someone the article introduces by a given name alone, then a parent's apposition. */
  function isIntroducedByGivenName(s: number, end: number): boolean {
    const noun = tokens[end];
    const link = tokens[end + 1];
    return end === s + 1 && isPlainFirstName(s) && !!noun && !!link && noun.afterBreak &&
      !noun.sentenceStart && PARENT_NOUNS.has(noun.key) && (link.key === 'de' || link.key === "d'") && !link.afterBreak;
  }

  function isAfterDemonymNoun(s: number): boolean {
    const before = tokens[s - 1];
    return !!before && before.capitalized && !before.sentenceStart && !tokens[s]!.afterBreak &&
      placeAt[s - 1]?.kind === 'demonym' && !isCommon(s);
  }

  /**
   * "le vice-premier ministre chinois He Lifeng": after a role, a first word of two letters that
   * spells a French word ("He", "Ma") is a short family name, not a given name needing confirmation.
   */
  function isShortFamilyName(s: number, end: number, roleBefore: boolean): boolean {
    const family = tokens[s]!;
    return roleBefore && end - s === 2 && family.text.length <= 2 && family.key === family.text.toLowerCase() &&
      !tokens[s + 1]!.afterBreak && !isCommon(s + 1);
  }

  /**
   * "le district de Tai Po", "À Mae Sot, côté thaïlandais": a place noun and "de" before the words,
   * or "À" opening the sentence and a comma after them, name a place.
   */
  function isPlaceSlot(start: number, end: number): boolean {
    const first = tokens[start]!;
    const before = tokens[start - 1];
    if (!before || first.afterBreak) return false;
    if ((before.key === 'de' || before.key === "d'") && !before.afterBreak && PLACE_NOUNS.has(tokens[start - 2]?.key ?? '') &&
      !tokens[start - 2]!.capitalized) return true;
    const next = tokens[end];
    // "À Emmanuel Macron, il a répondu" stays a person: a listed given name, then a surname that is no word.
    return before.key === 'a' && before.capitalized && before.sentenceStart && !!next && next.afterBreak && !next.sentenceStart &&
      !isTitle(start) && !(isPlainFirstName(start) && !isCommon(end - 1));
  }

  /**
   * "Aliaksandra Kavalchuk-Mikhnevitch": an unknown given name then a surname of two capitalised
   * parts that are no words is a person's name by its shape.
   */
  function hasDoubleBarrelledShape(s: number, end: number): boolean {
    if (end - s !== 2 || !isUnknownWord(s) || tokens[s]!.text.length < MIN_BARREL_LETTERS || tokens[s + 1]!.afterBreak) return false;
    const parts = tokens[s + 1]!.text.split(HYPHENS);
    return parts.length === 2 && parts.every((part) => part.length >= MIN_BARREL_LETTERS && /^\p{Lu}\p{Ll}+$/u.test(part) &&
      !lexicon.commonWords.has(foldKey(part)) && !lexicon.firstNames.has(foldKey(part)));
  }

  /** "le buste de Néfertiti", "le tombeau de Toutânkhamon": one name after a likeness or a burial is a person's. */
  function isEffigyOf(s: number, end: number): boolean {
    const de = tokens[s - 1];
    const noun = tokens[s - 2];
    return end === s + 1 && !!de && !!noun && (de.key === 'de' || de.key === "d'") && !de.capitalized && !tokens[s]!.afterBreak &&
      !de.afterBreak && !noun.capitalized && EFFIGY_NOUNS.has(noun.key) && !isCommon(s) && !isAmbiguous(s) &&
      tokens[s]!.text.length >= 3 && !ALL_CAPS.test(tokens[s]!.text);
  }

  /** "Lai Ching-te", "Chan Mei-ling": a short family name, then two syllables whose second is in lower case. */
  function isEastAsianName(s: number): boolean {
    const family = tokens[s]!;
    const given = tokens[s + 1]!;
    if (family.text.length > MAX_FAMILY_NAME_LETTERS || !EAST_ASIAN_GIVEN_NAME.test(given.text)) return false;
    // "Vice-président", "Porte-parole": a French compound is made of words.
    return !given.key.split(HYPHENS).every((part) => lexicon.commonWords.has(part));
  }

  /**
   * "Jimmy Carr et Bayo Ojulari", "Kevin Hart, Bayo Ojulari et …": the next item of a list whose
   * previous item is a full name.
   */
  function isListedAfterFullName(s: number, end: number): boolean {
    const last = mentions[mentions.length - 1];
    if (!last || last.kind !== 'full' || tokens[s]!.sentenceStart) return false;
    const et = tokens[s - 1];
    if (last.end === s - 1 && et?.key === 'et' && !et.afterBreak && !tokens[s]!.afterBreak) return true;
    const next = tokens[end];
    return last.end === s && tokens[s]!.afterBreak && !!next && next.key === 'et' && !next.afterBreak &&
      !!tokens[end + 1]?.capitalized && !tokens[end + 1]!.afterBreak;
  }

  /** "Susumu Kitagawa, Richard Robson et Omar Yaghi": the next item of a list of persons. */
  function isFollowedByFullName(end: number): boolean {
    const next = tokens[end];
    if (!next || next.sentenceStart) return false;
    const viaEt = next.key === 'et' && !next.afterBreak;
    if (!viaEt && !next.afterBreak) return false;
    const k = viaEt ? end + 1 : end;
    if (!tokens[k] || viaEt && tokens[k]!.afterBreak) return false;
    return isFirstName(k) && !placeAt[k] && isNameWord(k + 1) && !tokens[k + 1]!.afterBreak;
  }

  /** A verb opening a slogan: its infinitive is a French word ("Libérez" → "libérer"), a surname's is not ("Sánchez"). */
  function isImperative(j: number): boolean {
    const stem = IMPERATIVE.exec(tokens[j]!.key)?.[1];
    return !!stem && !lexicon.firstNames.has(tokens[j]!.key) &&
      (lexicon.commonWords.has(`${stem}er`) || lexicon.commonWords.has(`${stem}ir`) || lexicon.commonWords.has(`${stem}re`));
  }

  /** "J." in "J. R. R. Tolkien"; "M." glued after another initial ("J.M.G.") is one too. */
  function isInitial(j: number): boolean {
    const token = tokens[j]!;
    return token.abbreviated && token.text.length === 1 && (!isHonorific(token) || j > 0 && isInitial(j - 1) && !token.afterBreak);
  }

  /** "M." or a function written as a word ("Président Macron" at the start of a sentence). */
  function isTitle(j: number): boolean {
    const token = tokens[j]!;
    if (j > 0 && isInitial(j)) return false;
    // French writes functions in lower case: "General Number" is not a general.
    return isHonorific(token) || (PERSON_TITLES.has(token.key) && (!token.capitalized || token.sentenceStart) &&
      !ALL_CAPS.test(token.text));
  }

  function hasOrganisationWord(from: number, end: number): boolean {
    for (let k = from; k < end; k++) if (ORGANISATION_WORDS.has(tokens[k]!.key)) return true;
    return false;
  }
}

import type { PlaceMatch } from './find-places';
import { CLUB_WORDS, GEOGRAPHIC_HEADS, NON_PERSON_HEADS } from './heads';
import type { TagToken } from './tag-tokens';

const LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', "l'"]);
const LANGUAGE_OPENERS = new Set(["l'", "d'", 'en']);
const MAX_TITLE_WORDS = 6;
const TITLE_LINKS = new Set(['de', 'du', 'des', "d'"]);
const ARTICLES_AFTER_DE = new Set(['la', "l'"]);
/** A party's title may be long ("Parti africain pour l’indépendance de la Guinée et du Cap-Vert"). */
const MAX_LONG_TITLE_WORDS = 10;
/** Words that end a title when walking back from a country: verbs and clause words ("le Parti a gagné dans le sud de la France"). */
const TITLE_STOPS = new Set([
  'a', 'ont', 'est', 'sont', 'avait', 'etait', 'sera', 'dans', 'sur', 'qui', 'que', 'le', 'les', 'au', 'aux', 'avec', 'en',
  'par', 'vers', 'chez', 'entre', 'mais', 'ou', 'se', "s'", 'il', 'elle', 'ils', 'elles',
]);
/** Groups named after their town or country: "le cartel de Medellín", "l’équipe de France féminine". */
const GROUP_HEADS = new Set(['cartel', 'cartels', 'equipe', 'equipes', 'selection', 'gang', 'gangs', 'clan']);
/** Institutions named after their seat: "l’université de Lomé", "le palais du Luxembourg" are not about the place. */
/** A country's own parliament speaks for it: "l’Assemblée nationale de Djibouti" is about Djibouti. */
const STATE_BODY_HEADS = new Set(['assemblee', 'parlement']);
const DEFINITE = new Set(['le', 'la', "l'", 'du', 'au']);
/** National teams named by their number of players: "le XV de France" is a team, not the country. */
const TEAM_HEADS = new Set(['xv', 'xiii', 'quinze', 'treize', 'onze']);
/** Parties and movements whose title ends with a demonym ("Parti du peuple mongol", "Parti démocratique maldivien"). */
const PARTY_HEADS = new Set(['parti', 'front', 'mouvement', 'rassemblement', 'union', 'alliance', 'ligue', 'coalition']);
/** A bank's title closed by a demonym ("Banque nationale bulgare") names the bank; a parliament's still speaks for its country. */
const DEMONYM_TITLE_HEADS = new Set([...PARTY_HEADS, 'banque']);
/** English words that continue an organisation's name after its country ("Malawi Congress Party", "Ghana Football Club"). */
const ENGLISH_NAME_WORDS = new Set(['congress', 'party', 'national', 'football', 'club', 'league', 'council', 'association', 'airlines', 'airways']);
const MAX_PARTY_TITLE_WORDS = 4;
/** Natural features named after a town, which may lie across borders ("la vallée de Ferghana"). */
const FEATURE_HEADS = new Set(['vallee', 'bassin', 'plateau', 'desert', 'massif', 'delta']);
const SEAT_HEADS = new Set(['universite', 'ecole', 'festival', 'palais', 'musee', 'hopital', 'lycee', 'conservatoire', 'campus']);

/**
 * "l’Union des forces démocratiques de Guinée", "le Front de libération du Mozambique": a country
 * at the end of a capitalised organisation's title.
 */
function isInsideOrganisationTitle(tokens: readonly TagToken[], start: number): boolean {
  const link = tokens[start - 1]?.key ?? '';
  const linked = TITLE_LINKS.has(link) || ARTICLES_AFTER_DE.has(link) && TITLE_LINKS.has(tokens[start - 2]?.key ?? '');
  if (!linked) return false;
  for (let k = start - 1; k >= 0 && k >= start - MAX_LONG_TITLE_WORDS; k--) {
    const token = tokens[k]!;
    if (tokens[k + 1]!.afterBreak || !token.capitalized && TITLE_STOPS.has(token.key)) return false;
    // "…de la Guinée et du Cap-Vert": a country coordinated with the previous one belongs to the same title.
    if (token.capitalized && tokens[k + 1]!.key === 'et') continue;
    if (token.capitalized) {
      return NON_PERSON_HEADS.has(token.key) && !STATE_BODY_HEADS.has(token.key) && !token.sentenceStart && k < start - 1 &&
        (k >= start - MAX_TITLE_WORDS || PARTY_HEADS.has(token.key));
    }
  }
  return false;
}

/** Last words of a venue's name that opens with its town ("Paris La Défense Arena", "Abu Dhabi Expo"). */
const VENUE_WORDS = new Set(['arena', 'stadium', 'dome', 'hall', 'expo', 'velodrome', 'speedway']);
const MAX_VENUE_WORDS = 4;

/** "sous le toit de la Paris La Défense Arena": the town opens a venue's name and says nothing of the paragraph. */
function isVenueName(tokens: readonly TagToken[], place: PlaceMatch): boolean {
  for (let k = place.end; k < tokens.length && k < place.end + MAX_VENUE_WORDS; k++) {
    const token = tokens[k]!;
    if (!token.capitalized || token.afterBreak) return false;
    if (VENUE_WORDS.has(token.key)) return true;
  }
  return false;
}

/** "le Malawi Congress Party": a country opening an English organisation's name. */
function isEnglishOrganisationName(tokens: readonly TagToken[], place: PlaceMatch): boolean {
  const next = tokens[place.end];
  return !!next && next.capitalized && !next.afterBreak && ENGLISH_NAME_WORDS.has(next.key);
}

/** Subdivisions of a country; a natural feature ("delta du Niger") has no owner. */
const SUBDIVISION_HEADS = new Set(['province', 'region']);
/** The country's own article ("du Yémen", "de la Chine"), which a province named after a country lacks. */
const OWNER_ARTICLES = new Set(['du', 'des', 'la', "l'"]);

/** "la plus vaste province du Yémen" lies in Yemen; "la province de Luxembourg" is only named after a country. */
function isOwnedSubdivision(tokens: readonly TagToken[], head: number, start: number): boolean {
  if (!SUBDIVISION_HEADS.has(tokens[head]!.key)) return false;
  for (let k = head + 1; k < start; k++) if (OWNER_ARTICLES.has(tokens[k]!.key)) return true;
  return false;
}

/** "le Festival d’Avignon", "l’université de Lomé" name one institution; "une université de Singapour" is in Singapore. */
function isSeatHead(tokens: readonly TagToken[], k: number): boolean {
  const head = tokens[k]!;
  return SEAT_HEADS.has(head.key) && (head.capitalized || DEFINITE.has(tokens[k - 1]?.key ?? ''));
}

/** "Parti du peuple mongol", "Banque nationale bulgare": a demonym closing a capitalised party's or bank's title qualifies it, not the paragraph. */
function isInsidePartyTitle(tokens: readonly TagToken[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - MAX_PARTY_TITLE_WORDS; k--) {
    const token = tokens[k]!;
    if (tokens[k + 1]!.afterBreak) return false;
    if (token.capitalized) return DEMONYM_TITLE_HEADS.has(token.key) && !token.sentenceStart;
  }
  return false;
}

/** "en anglais", "traduit de l'arabe", "l'allemande chez Suhrkamp": a language, not a country. */
function isLanguage(tokens: readonly TagToken[], place: PlaceMatch): boolean {
  const token = tokens[place.start]!;
  const before = tokens[place.start - 1];
  // "l’australien Lynas": a name right after "l’" + demonym makes it a nationality (a company's, a
  // person's); "en anglais Graphical Object", "l’anglais US" stay languages.
  const after = tokens[place.end];
  if (before?.key === "l'" && after && after.capitalized && !after.afterBreak && !/^\p{Lu}{2,}$/u.test(after.text)) return false;
  return !token.capitalized && !token.afterBreak && !!before && LANGUAGE_OPENERS.has(before.key);
}

/**
 * A country or a city read inside the name of something else: a geographic feature or subdivision
 * ("delta du Niger", "golfe de Guinée", "province de Luxembourg"), a club ("Wydad Casablanca",
 * "Espérance de Tunis"), or a region qualified by another country ("l'Azerbaïdjan iranien").
 */
export function isInsideOtherName(tokens: readonly TagToken[], place: PlaceMatch, next: PlaceMatch | undefined): boolean {
  if (place.kind === 'demonym') return isLanguage(tokens, place) || isInsidePartyTitle(tokens, place.start);
  if (place.kind !== 'name' && place.kind !== 'city') return false;
  let k = place.start - 1;
  while (k >= 0 && LINKS.has(tokens[k]!.key) && !tokens[k + 1]!.afterBreak) k--;
  const head = tokens[k];
  if (head && !tokens[k + 1]!.afterBreak) {
    if (place.kind === 'name' && GEOGRAPHIC_HEADS.has(head.key) && !head.capitalized && !isOwnedSubdivision(tokens, k, place.start)) {
      return true;
    }
    if (place.kind === 'city' && FEATURE_HEADS.has(head.key) && !head.capitalized && k < place.start - 1) return true;
    if (TEAM_HEADS.has(head.key) && k < place.start - 1) return true;
    if (CLUB_WORDS.has(head.key) && head.capitalized) return true;
    if ((GROUP_HEADS.has(head.key) && !head.capitalized || isSeatHead(tokens, k)) && k < place.start - 1) return true;
  }
  if (isInsideOrganisationTitle(tokens, place.start) || isVenueName(tokens, place) || isEnglishOrganisationName(tokens, place)) return true;
  return place.kind === 'name' && next?.kind === 'demonym' && next.start === place.end &&
    !tokens[next.start]!.afterBreak && !next.codes.every((code) => place.codes.includes(code));
}

/** Where a town lies relative to another ("au nord de Paris", "près de Lyon", "dans la banlieue de Lima"). */
const RELATIVE_LOCATIONS = new Set([
  'nord', 'sud', 'est', 'ouest', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'pres', 'banlieue', 'environs', 'large',
]);
const MAX_LOCATION_WORDS = 4;

/**
 * "Saint-Denis, au nord de Paris": a town the article places near a town of another country is a
 * namesake there (not the capital of La Réunion).
 */
export function isLocatedInOtherCountry(tokens: readonly TagToken[], place: PlaceMatch, places: readonly PlaceMatch[]): boolean {
  if (place.kind !== 'city') return false;
  let located = false;
  for (let k = place.end; k < tokens.length && k < place.end + MAX_LOCATION_WORDS; k++) {
    const token = tokens[k]!;
    if (token.capitalized || k > place.end && token.afterBreak) return false;
    // "est" is also the verb: only "à l’est de", "au sud-est de" place a town.
    if (RELATIVE_LOCATIONS.has(token.key) && (token.key !== 'est' || tokens[k - 1]?.key === "l'")) located = true;
    if (located && TITLE_LINKS.has(token.key)) {
      const other = places.find((p) => p.start === k + 1);
      // Town against town only: "Lviv, près de la Pologne" says where the border is, not where Lviv lies.
      return !!other && other.kind === 'city' && !other.codes.some((code) => place.codes.includes(code));
    }
  }
  return false;
}

import type { PlaceMatch } from './find-places';
import { CLUB_WORDS, GEOGRAPHIC_HEADS, NON_PERSON_HEADS } from './heads';
import type { TagToken } from './tag-tokens';

const LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', "l'"]);
const LANGUAGE_OPENERS = new Set(["l'", "d'", 'en']);
const MAX_TITLE_WORDS = 6;
const TITLE_LINKS = new Set(['de', 'du', 'des', "d'"]);
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
const MAX_PARTY_TITLE_WORDS = 4;
/** Natural features named after a town, which may lie across borders ("la vallée de Ferghana"). */
const FEATURE_HEADS = new Set(['vallee', 'bassin', 'plateau', 'desert', 'massif', 'delta']);
const SEAT_HEADS = new Set(['universite', 'ecole', 'festival', 'palais', 'musee', 'hopital', 'lycee', 'conservatoire', 'campus']);

/**
 * "l’Union des forces démocratiques de Guinée", "le Front de libération du Mozambique": a country
 * at the end of a capitalised organisation's title.
 */
function isInsideOrganisationTitle(tokens: readonly TagToken[], start: number): boolean {
  if (!TITLE_LINKS.has(tokens[start - 1]?.key ?? '')) return false;
  for (let k = start - 1; k >= 0 && k >= start - MAX_TITLE_WORDS; k--) {
    const token = tokens[k]!;
    if (tokens[k + 1]!.afterBreak) return false;
    if (token.capitalized) return NON_PERSON_HEADS.has(token.key) && !STATE_BODY_HEADS.has(token.key) && !token.sentenceStart && k < start - 1;
  }
  return false;
}

/** "le Festival d’Avignon", "l’université de Lomé" name one institution; "une université de Singapour" is in Singapore. */
function isSeatHead(tokens: readonly TagToken[], k: number): boolean {
  const head = tokens[k]!;
  return SEAT_HEADS.has(head.key) && (head.capitalized || DEFINITE.has(tokens[k - 1]?.key ?? ''));
}

/** "Parti du peuple mongol": a demonym closing a capitalised party's title qualifies the party, not the paragraph. */
function isInsidePartyTitle(tokens: readonly TagToken[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - MAX_PARTY_TITLE_WORDS; k--) {
    const token = tokens[k]!;
    if (tokens[k + 1]!.afterBreak) return false;
    if (token.capitalized) return PARTY_HEADS.has(token.key) && !token.sentenceStart;
  }
  return false;
}

/** "en anglais", "traduit de l'arabe", "l'allemande chez Suhrkamp": a language, not a country. */
function isLanguage(tokens: readonly TagToken[], place: PlaceMatch): boolean {
  const token = tokens[place.start]!;
  const before = tokens[place.start - 1];
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
    if (place.kind === 'name' && GEOGRAPHIC_HEADS.has(head.key) && !head.capitalized) return true;
    if (place.kind === 'city' && FEATURE_HEADS.has(head.key) && !head.capitalized && k < place.start - 1) return true;
    if (TEAM_HEADS.has(head.key) && k < place.start - 1) return true;
    if (CLUB_WORDS.has(head.key) && head.capitalized) return true;
    if ((GROUP_HEADS.has(head.key) && !head.capitalized || isSeatHead(tokens, k)) && k < place.start - 1) return true;
  }
  if (isInsideOrganisationTitle(tokens, place.start)) return true;
  return place.kind === 'name' && next?.kind === 'demonym' && next.start === place.end &&
    !tokens[next.start]!.afterBreak && !next.codes.every((code) => place.codes.includes(code));
}

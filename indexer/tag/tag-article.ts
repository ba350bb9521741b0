import { foldText } from '../../search/index';
import { findAliasAfter, findAliasSpan } from './aliases';
import { writeCanonicalName } from './canonical-name';
import { findPersons, type PersonMention } from './find-persons';
import { findPlaces, type PlaceMatch } from './find-places';
import { isInsideOtherName, isLocatedInOtherCountry } from './place-context';
import type { Lexicon } from './lexicon';
import {
  EAST_ASIAN_GIVEN_NAME, FAMILY_NOUNS, GLUED_ARTICLE, INSTITUTION_NOUNS, NAME_FUNCTION_WORDS, NAME_PARTICLES, PERSON_TITLES, isHonorific,
} from './name-words';
import { resolveSharedCountryNames } from './shared-country-names';
import { SurnameIndex } from './surname-index';
import { readTagTokens, type TagToken } from './tag-tokens';
import type { ParagraphTags } from './types';

interface ParagraphAnalysis {
  tokens: TagToken[];
  places: PlaceMatch[];
  placeAt: (PlaceMatch | undefined)[];
  mentions: PersonMention[];
}

const MAX_SURNAME_WORDS = 4;
const MAX_GUARDED_WORDS = 2;
/** "surnomme", "surnommé", "surnomment", "surnommait"; "appelle", "appellent". */
const NICKNAME_VERB = /^(?:surnomm|appell)/;
const NICKNAME_SHARED_LETTERS = 3;
const NICKNAME_ARTICLES = new Set(['le', 'la', "l'", 'les']);
const QUOTED_MIDDLE_NICKNAME = /(\p{Lu}[\p{L}'’-]*)\s«\s*\p{Lu}[\p{L}'’-]*\s*»\s(?=\p{Lu})/gu;
const ACRONYM = /^\p{Lu}{3,6}$/u;

/**
 * Tags an article's NFC-normalised paragraphs (the indexer normalises them; names are returned as
 * written): full names found anywhere in the article resolve later (and
 * earlier) surname-only mentions ("Gantz", "M. Saïed").
 */
export function tagArticle(paragraphs: readonly string[], lexicon: Lexicon): ParagraphTags[] {
  const analyses = paragraphs.map((text) => analyseParagraph(text, lexicon));
  resolveSharedCountryNames(analyses);
  const canonical = new Map<string, string>();
  const titledOnly = new Map<string, string>();
  const surnames = new SurnameIndex();
  const familyNamesFirst = new Map<string, string>();
  const givenNames = new Map<string, { names: Set<string>; paragraph: number }>();
  const acronyms = new Map<string, string>();
  confirmMentions(analyses);
  linkShortForms(analyses, canonical);
  for (const [paragraph, { tokens, mentions }] of analyses.entries()) {
    for (const mention of mentions) {
      if (mention.kind === 'titled-known' || mention.kind === 'titled' && !isTitledFullName(tokens, mention, surnames)) continue;
      const name = resolveCanonicalName(tokens, mention.start, mention.end, canonical);
      if (mention.kind === 'regnal') continue;
      registerSurnames(tokens, mention, name, paragraph, surnames, lexicon);
      // "Ismaïl Omar Guelleh … Surnommé « IOG »": the initials of a name of three words or more, if no one else's.
      const initials = readInitials(tokens, mention.start, mention.end);
      if (initials.length >= 3) acronyms.set(initials, acronyms.has(initials) && acronyms.get(initials) !== name ? '' : name);
      // "Xi Jinping" … "le président Xi": family name first; nobody writes "M. Benny" for Benny Gantz.
      const first = tokens[mention.start]!.key;
      if (!familyNamesFirst.has(first)) familyNamesFirst.set(first, name);
      const given = givenNames.get(first) ?? { names: new Set<string>(), paragraph };
      givenNames.set(first, given.names.add(name) && given);
    }
  }
  linkNicknames(analyses, [...new Set(canonical.values())], acronyms, surnames);
  linkTitledAliases(analyses, surnames);
  for (const [key, name] of familyNamesFirst) if (!surnames.has(key)) titledOnly.set(key, name);
  // "Prabowo Subianto … Prabowo", "Benny Gantz … Benny": a given name used alone when only one
  // person of the article bears it and it is neither an ordinary word nor a place.
  const givenOnly = new Set<string>();
  // "Salvador Nasralla … « Papi ou Salvador »": a given name that is also a place, kept for lists of persons.
  const coordinatedGiven = new Map<string, string>();
  for (const [key, { names }] of givenNames) {
    if (names.size === 1 && key.length >= 3 && !surnames.has(key) && lexicon.ambiguousFirstNames.has(key)) {
      coordinatedGiven.set(key, [...names][0]!);
    }
  }
  for (const [key, { names, paragraph }] of givenNames) {
    if (names.size === 1 && key.length >= 3 && !surnames.has(key) && !lexicon.ambiguousFirstNames.has(key) &&
      !lexicon.commonWords.has(key)) {
      surnames.add(key, [...names][0]!, paragraph);
      givenOnly.add(key);
    }
  }
  const collected = analyses.map((analysis, paragraph) =>
    collectTags(analysis, paragraph, canonical, surnames, { titledOnly, givenOnly, coordinatedGiven }, lexicon));
  return addGuardedCapitals(collected);
}

/** A paragraph's tags and the ambiguous capitals it holds ("Malé", "Santiago"), as country codes. */
interface CollectedTags {
  tags: ParagraphTags;
  guarded: string[];
}

/** "Le président des Maldives … Malé s’est réconcilié": an ambiguous capital counts where the article names its country. */
function addGuardedCapitals(collected: readonly CollectedTags[]): ParagraphTags[] {
  if (collected.every((c) => c.guarded.length === 0)) return collected.map((c) => c.tags);
  const named = new Set(collected.flatMap((c) => c.tags.countries));
  return collected.map(({ tags, guarded }) => {
    const extra = guarded.filter((code) => named.has(code) && !tags.countries.includes(code));
    return extra.length === 0 ? tags : { persons: tags.persons, countries: [...new Set([...tags.countries, ...extra])].sort() };
  });
}

/**
 * "Tadej Pogacar … a confié Pogacar": unknown capitalised words are a person when the last one
 * recurs alone elsewhere in the article; otherwise they are dropped (organisations, titles of works).
 */
function confirmMentions(analyses: ParagraphAnalysis[]): void {
  const pending = analyses.flatMap((a) => a.mentions.filter((m) => m.kind === 'unconfirmed').map((m) => ({ a, m })));
  if (pending.length === 0) return;
  for (const { a, m } of pending) {
    const first = a.tokens[m.start]!.key;
    const last = a.tokens[m.end - 1]!.key;
    const recurs = analyses.some(({ tokens }) =>
      tokens.some((t, i) => t.key === last && t.capitalized && tokens[i - 1]?.key !== first && !(a.tokens === tokens && i === m.end - 1)));
    m.kind = recurs ? 'full' : 'unconfirmed';
  }
  for (const a of analyses) a.mentions = a.mentions.filter((m) => m.kind !== 'unconfirmed');
}

/** "son prédécesseur Yoon Suk-yeol": a name of several words after a title is a full name too. */
function isTitledFullName(tokens: readonly TagToken[], mention: PersonMention, surnames: SurnameIndex): boolean {
  const first = tokens[mention.start]!;
  return mention.end - mention.start >= 2 && first.capitalized && !NAME_PARTICLES.has(first.key) &&
    !isHonorific(tokens[mention.start - 1]) && !surnames.has(buildSurnameKey(tokens, mention.start, mention.end));
}

/**
 * Full names that are another name of someone the article names: a nickname or an acronym it
 * introduces ("Robert Kyagulanyi, plus connu sous le nom de Bobi Wine" … "Bobi Wine") or the start
 * of one longer name ("Sri Mulyani" for Sri Mulyani Indrawati). Seeds `canonical` so that every
 * later spelling resolves to the full name.
 */
function linkShortForms(analyses: readonly ParagraphAnalysis[], canonical: Map<string, string>): void {
  const written = new Map<string, string>();
  const aliasOf = new Map<string, string>();
  for (const { tokens, mentions } of analyses) {
    const spans: { start: number; end: number; target: string }[] = [];
    const keys = mentions.map((mention) => {
      if (mention.kind !== 'full') return undefined;
      const text = writeCanonicalName(tokens, mention.start, mention.end);
      const key = foldText(text);
      if (!written.has(key)) written.set(key, text);
      const span = findAliasSpan(tokens, mention.start, mention.end);
      if (span) spans.push({ ...span, target: key });
      return key;
    });
    // The alias as a name of its own ("Bobi Wine", "Abou Mohammed al-Joulani") is the same person.
    for (const span of spans) {
      aliasOf.set(tokens.slice(span.start, span.end).map((t) => t.key).join(' '), span.target);
      mentions.forEach((m, i) => {
        const key = keys[i];
        if (key && key !== span.target && m.start >= span.start - 1 && m.end <= span.end && !aliasOf.has(key)) aliasOf.set(key, span.target);
      });
    }
  }
  // "a déclaré Kohli, surnommé « King Kohli »": a nickname given after the surname alone.
  const lastWords = new Map<string, string>();
  for (const key of written.keys()) {
    const last = key.slice(key.lastIndexOf(' ') + 1);
    if (!lastWords.has(last)) lastWords.set(last, key);
  }
  for (const { tokens } of analyses) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const full = tokens[i]!.capitalized ? lastWords.get(tokens[i]!.key) : undefined;
      const alias = full && findAliasAfter(tokens, i, i + 1);
      if (alias && alias !== full && !aliasOf.has(alias)) aliasOf.set(alias, full);
    }
  }
  const keys = [...written.keys()];
  for (const [key, text] of written) {
    const longer = keys.filter((other) => other.startsWith(`${key} `));
    const target = aliasOf.get(key) ?? (longer.length === 1 ? longer[0]! : key);
    canonical.set(key, written.get(target) ?? text);
  }
}

/**
 * "Celui que le peloton surnomme « Pogi »", "Surnommé « IOG »", "« AKD », comme le surnomment ses
 * partisans", "« ADO », comme l’appellent…": a nickname introduced away from the full name is that person when it gives the
 * initials of only one name of the article, or shortens one word of only one name.
 */
function linkNicknames(
  analyses: readonly ParagraphAnalysis[],
  names: readonly string[],
  acronyms: ReadonlyMap<string, string>,
  surnames: SurnameIndex,
): void {
  for (const [paragraph, { tokens }] of analyses.entries()) {
    for (let i = 0; i < tokens.length; i++) {
      if (!NICKNAME_VERB.test(tokens[i]!.key) || tokens[i]!.capitalized && !tokens[i]!.sentenceStart) continue;
      let after = i + 1;
      while (tokens[after] && NICKNAME_ARTICLES.has(tokens[after]!.key) && !tokens[after]!.capitalized) after++;
      const nickname = [tokens[after], readNicknameBefore(tokens, i)].find((t) => t?.capitalized && t.key.length >= 3);
      if (!nickname) continue;
      const owner = ACRONYM.test(nickname.text) ? acronyms.get(nickname.key) : undefined;
      if (owner) {
        surnames.add(nickname.key, owner, paragraph);
        continue;
      }
      const owners = names.filter((name) => foldText(name).split(/[\s-]+/).some((w) => shortens(nickname.key, w)));
      if (owners.length === 1) surnames.add(nickname.key, owners[0]!, paragraph);
    }
  }
}

/**
 * "M. Asfura, surnommé « Papi a la orden »" … "Papi": a nickname given right after a surname the
 * article already ties to a full name is that person too.
 */
function linkTitledAliases(analyses: readonly ParagraphAnalysis[], surnames: SurnameIndex): void {
  if (surnames.size === 0) return;
  for (const [paragraph, { tokens }] of analyses.entries()) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (!isHonorific(tokens[i - 1]) || !tokens[i]!.capitalized) continue;
      const name = surnames.resolve(tokens[i]!.key, paragraph);
      const alias = name && findAliasAfter(tokens, i, i + 1);
      if (alias && !surnames.has(alias)) surnames.add(alias, name, paragraph);
    }
  }
}

/** "Pogi" for Pogačar, "Dembouz" for Dembélé: the nickname keeps the first three letters of the word. */
function shortens(nickname: string, word: string): boolean {
  let shared = 0;
  while (shared < nickname.length && nickname[shared] === word[shared]) shared++;
  return word !== nickname && shared >= NICKNAME_SHARED_LETTERS;
}

/** "« AKD », comme le surnomment": the word before ", comme le". */
function readNicknameBefore(tokens: readonly TagToken[], verb: number): TagToken | undefined {
  const article = tokens[verb - 1];
  const comme = tokens[verb - 2];
  if (!article || !NICKNAME_ARTICLES.has(article.key) || comme?.key !== 'comme' || !comme.afterBreak) return undefined;
  return tokens[verb - 3];
}

function analyseParagraph(text: string, lexicon: Lexicon): ParagraphAnalysis {
  // "Jorge « Tuto » Quiroga": a nickname quoted inside the name is left out of it.
  const tokens = readTagTokens(text.includes('«') ? text.replace(QUOTED_MIDDLE_NICKNAME, '$1 ') : text);
  const places = findPlaces(tokens, lexicon);
  const placeAt = new Array<PlaceMatch | undefined>(tokens.length);
  for (const place of places) for (let k = place.start; k < place.end; k++) placeAt[k] = place;
  return { tokens, places, placeAt, mentions: findPersons(tokens, placeAt, lexicon) };
}

function collectTags(
  analysis: ParagraphAnalysis,
  paragraph: number,
  canonical: Map<string, string>,
  surnames: SurnameIndex,
  shortForms: ShortForms,
  lexicon: Lexicon,
): CollectedTags {
  const { titledOnly, givenOnly, coordinatedGiven } = shortForms;
  const { tokens, places, placeAt, mentions } = analysis;
  const persons = new Set<string>();
  const personAt = new Array<boolean>(tokens.length).fill(false);
  const claim = (start: number, end: number) => {
    for (let k = start; k < end; k++) personAt[k] = true;
  };
  for (const mention of mentions) {
    if (mention.kind === 'titled' || mention.kind === 'titled-known') {
      const key = buildSurnameKey(tokens, mention.start, mention.end);
      const known = surnames.resolve(key, paragraph) ?? titledOnly.get(key);
      if (!known && mention.kind === 'titled-known') continue;
      claim(mention.start, mention.end);
      persons.add(known ?? resolveCanonicalName(tokens, mention.start, mention.end, canonical));
    } else {
      claim(mention.start, mention.end);
      persons.add(resolveCanonicalName(tokens, mention.start, mention.end, canonical));
    }
  }
  // Surname alone, once the article has named the person in full.
  for (let i = 0; i < tokens.length && surnames.size > 0; i++) {
    if (personAt[i] || !surnames.mayStartWith(tokens[i]!.key) || !startsSurname(tokens, i)) continue;
    const place = placeAt[i];
    if (place && place.end - place.start > 1) continue;
    if (givenOnly.has(tokens[i]!.key) && introducesSomeoneElse(tokens, i) || namesSomethingElse(tokens, i)) continue;
    for (let n = Math.min(MAX_SURNAME_WORDS, tokens.length - i); n >= 1; n--) {
      const name = surnames.resolve(buildSurnameKey(tokens, i, i + n), paragraph);
      if (name && !tokens.slice(i + 1, i + n).some((t) => t.afterBreak)) {
        persons.add(name);
        claim(i, i + n);
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length && coordinatedGiven.size > 0; i++) {
    const name = personAt[i] || !tokens[i]!.capitalized || !placeAt[i] ? undefined : coordinatedGiven.get(tokens[i]!.key);
    if (name && (isCoordinatedWith(tokens, personAt, i, -1) || isCoordinatedWith(tokens, personAt, i, 1))) {
      persons.add(name);
      claim(i, i + 1);
    }
  }
  const countries = new Set<string>();
  for (const [p, place] of places.entries()) {
    if (personAt.slice(place.start, place.end).some(Boolean) || isInsideOtherName(tokens, place, places[p + 1]) ||
      isLocatedInOtherCountry(tokens, place, places)) continue;
    for (const code of place.codes) countries.add(code);
  }
  const guarded: string[] = [];
  for (let i = 0; i < tokens.length && lexicon.guardedCapitals.size > 0; i++) {
    const token = tokens[i]!;
    if (!token.capitalized || token.elision || personAt[i] || placeAt[i] || token.words !== 1) continue;
    // "San José" as well as "Malé": a capital of several words, each capitalised and unclaimed.
    let key = '';
    for (let end = i + 1; end <= tokens.length && end - i <= MAX_GUARDED_WORDS; end++) {
      const last = tokens[end - 1]!;
      if (end > i + 1 && (!last.capitalized || last.afterBreak || personAt[end - 1] || placeAt[end - 1])) break;
      key = end === i + 1 ? last.phraseKey : `${key} ${last.phraseKey}`;
      const code = lexicon.guardedCapitals.get(key);
      if (code && !isInsideOtherName(tokens, { start: i, end, kind: 'city', codes: [code] }, undefined)) guarded.push(code);
    }
  }
  return { tags: { persons: [...persons].sort(), countries: [...countries].sort() }, guarded };
}

/** Names the article ties to its full names by their short forms. */
interface ShortForms {
  /** "le président Xi": family names written first. */
  titledOnly: Map<string, string>;
  /** "Prabowo": given names used alone. */
  givenOnly: ReadonlySet<string>;
  /** "Salvador": given names that are also words or places; a place is the person only next to another person. */
  coordinatedGiven: ReadonlyMap<string, string>;
}

const COORDINATORS = new Set(['et', 'ou', 'ni']);

/** "Papi ou Salvador", "Salvador et Nasry Asfura": joined by "et"/"ou" to a person's mention, at `i + 2 * side`. */
function isCoordinatedWith(tokens: readonly TagToken[], personAt: readonly boolean[], i: number, side: -1 | 1): boolean {
  const link = tokens[i + side];
  const other = i + 2 * side;
  if (!link || !COORDINATORS.has(link.key) || !personAt[other]) return false;
  return !(side === 1 ? link : tokens[i]!).afterBreak && !(side === 1 ? tokens[other]! : link).afterBreak;
}

/** « route Trump », "le trophée Yachine", "la famille Bongo", "les Bongo": not the person. */
function namesSomethingElse(tokens: readonly TagToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || tokens[i]!.afterBreak) return false;
  return FAMILY_NOUNS.has(before.key) || INSTITUTION_NOUNS.has(before.key) && !before.capitalized;
}

/** "Jordan, un supporteur parisien": a given name introduced anew is someone else. */
function introducesSomeoneElse(tokens: readonly TagToken[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.afterBreak && !next.sentenceStart && (next.key === 'un' || next.key === 'une');
}

function startsSurname(tokens: readonly TagToken[], i: number): boolean {
  const token = tokens[i]!;
  if (token.capitalized) return true;
  // "Mme von der Leyen": a lower-case particle opens the surname after a title.
  return NAME_PARTICLES.has(token.key) && (isHonorific(tokens[i - 1]) || PERSON_TITLES.has(tokens[i - 1]?.key ?? ''));
}

function buildSurnameKey(tokens: readonly TagToken[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.key).join(' ');
}

/**
 * "Ursula von der Leyen" is also "von der Leyen", "der Leyen" and "Leyen"; "Luiz Inácio Lula da
 * Silva" is also "Lula" (a middle word that is neither a first name nor an ordinary word).
 */
function registerSurnames(
  tokens: readonly TagToken[],
  mention: PersonMention,
  name: string,
  paragraph: number,
  surnames: SurnameIndex,
  lexicon: Lexicon,
): void {
  for (let s = mention.start + 1; s < mention.end; s++) {
    surnames.add(buildSurnameKey(tokens, s, mention.end), name, paragraph);
    const word = tokens[s]!;
    const middle = s < mention.end - 1 && word.capitalized && word.key.length >= 3;
    // "Bassirou Diomaye Faye" is also "Diomaye", "Luiz Inácio Lula da Silva" "Lula".
    if (middle && !NAME_PARTICLES.has(word.key) && !NAME_FUNCTION_WORDS.has(word.key) &&
      !lexicon.ambiguousFirstNames.has(word.key) && !lexicon.commonWords.has(word.key)) {
      surnames.add(word.key, name, paragraph);
    }
  }
  const alias = findAliasAfter(tokens, mention.start, mention.end);
  if (alias) surnames.add(alias, name, paragraph);
  // "Moqtada al-Sadr … Sadr", "M. Soudani": the surname without its Arabic article.
  const last = tokens[mention.end - 1]!;
  if (GLUED_ARTICLE.test(last.text)) surnames.add(last.key.slice(3), name, paragraph);
  // "Lai Ching-te … Lai": before a hyphenated East Asian given name, the first word is the family name.
  if (mention.end - mention.start === 2 && EAST_ASIAN_GIVEN_NAME.test(last.text)) surnames.add(tokens[mention.start]!.key, name, paragraph);
}

/** "akd" for Anura Kumara Dissanayake; particles and initials are no word of their own. */
function readInitials(tokens: readonly TagToken[], start: number, end: number): string {
  let initials = '';
  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    if (!token.capitalized || token.abbreviated) continue;
    for (const part of token.key.split('-')) if (part) initials += part[0];
  }
  return initials;
}

/** The name as first written in the article; later spellings with other accents map to it. */
function resolveCanonicalName(tokens: readonly TagToken[], start: number, end: number, canonical: Map<string, string>): string {
  const text = writeCanonicalName(tokens, start, end);
  const key = foldText(text);
  const known = canonical.get(key);
  if (known) return known;
  canonical.set(key, text);
  return text;
}

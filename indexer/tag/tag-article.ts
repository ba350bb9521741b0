import { foldText } from '../../search/index';
import { findPersons, type PersonMention } from './find-persons';
import { findPlaces, type PlaceMatch } from './find-places';
import type { Lexicon } from './lexicon';
import { NAME_FUNCTION_WORDS, NAME_PARTICLES, PERSON_TITLES, isHonorific } from './name-words';
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

/**
 * Tags an article's NFC-normalised paragraphs (the indexer normalises them; names are returned as
 * written): full names found anywhere in the article resolve later (and
 * earlier) surname-only mentions ("Gantz", "M. Saïed").
 */
export function tagArticle(paragraphs: readonly string[], lexicon: Lexicon): ParagraphTags[] {
  const analyses = paragraphs.map((text) => analyseParagraph(text, lexicon));
  const canonical = new Map<string, string>();
  const titledOnly = new Map<string, string>();
  const surnames = new SurnameIndex();
  const familyNamesFirst = new Map<string, string>();
  confirmMentions(analyses);
  for (const [paragraph, { tokens, mentions }] of analyses.entries()) {
    for (const mention of mentions) {
      if (mention.kind === 'titled' || mention.kind === 'titled-known') continue;
      const name = resolveCanonicalName(tokens, mention.start, mention.end, canonical);
      if (mention.kind !== 'full') continue;
      registerSurnames(tokens, mention, name, paragraph, surnames, lexicon);
      // "Xi Jinping" … "le président Xi": family name first; nobody writes "M. Benny" for Benny Gantz.
      const first = tokens[mention.start]!.key;
      if (!familyNamesFirst.has(first)) familyNamesFirst.set(first, name);
    }
  }
  for (const [key, name] of familyNamesFirst) if (!surnames.has(key)) titledOnly.set(key, name);
  return analyses.map((analysis, paragraph) => collectTags(analysis, paragraph, canonical, surnames, titledOnly));
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

function analyseParagraph(text: string, lexicon: Lexicon): ParagraphAnalysis {
  const tokens = readTagTokens(text);
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
  titledOnly: Map<string, string>,
): ParagraphTags {
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
    for (let n = Math.min(MAX_SURNAME_WORDS, tokens.length - i); n >= 1; n--) {
      const name = surnames.resolve(buildSurnameKey(tokens, i, i + n), paragraph);
      if (name && !tokens.slice(i + 1, i + n).some((t) => t.afterBreak)) {
        persons.add(name);
        claim(i, i + n);
        break;
      }
    }
  }
  const countries = new Set<string>();
  for (const place of places) {
    if (personAt.slice(place.start, place.end).some(Boolean)) continue;
    for (const code of place.codes) countries.add(code);
  }
  return { persons: [...persons].sort(), countries: [...countries].sort() };
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
    if (middle && !NAME_PARTICLES.has(word.key) && !NAME_FUNCTION_WORDS.has(word.key) &&
      !lexicon.firstNames.has(word.key) && !lexicon.commonWords.has(word.key)) {
      surnames.add(word.key, name, paragraph);
    }
  }
}

/** The name as first written in the article; later spellings with other accents map to it. */
function resolveCanonicalName(tokens: readonly TagToken[], start: number, end: number, canonical: Map<string, string>): string {
  let text = '';
  for (let k = start; k < end; k++) {
    const token = tokens[k]!;
    const written = token.abbreviated ? `${token.text}.` : token.text;
    text += k === start || tokens[k - 1]!.elision ? written : ` ${written}`;
  }
  const key = foldText(text);
  const known = canonical.get(key);
  if (known) return known;
  canonical.set(key, text);
  return text;
}

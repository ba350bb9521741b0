import { readFileSync } from 'node:fs';
import type { PlaceLexicon } from './lexicon-types';
import { getFirstWord } from './phrase-key';
import { SortedWordList } from './sorted-word-list';

export type PlaceKind = 'name' | 'demonym' | 'city' | 'blocked';

export interface PlaceEntry {
  kind: PlaceKind;
  code: string;
}

/** The tagger's data in memory: hash maps keyed by folded words and phrases. */
export interface Lexicon {
  places: Map<string, PlaceEntry>;
  /** Longest phrase, in words, that starts with a given word. */
  maxWords: Map<string, number>;
  combining: Map<string, string>;
  /** Ambiguous capitals, read only in an article that names their country. */
  guardedCapitals: Map<string, string>;
  ordinary: Set<string>;
  firstNames: SortedWordList;
  ambiguousFirstNames: Set<string>;
  commonWords: SortedWordList;
}

function readText(file: string): string {
  return readFileSync(new URL(`./lexicon/${file}`, import.meta.url), 'utf8');
}

function readJson<T>(file: string): T {
  return JSON.parse(readText(file)) as T;
}

/** Loads the JSON files written by `tools/lexicon/build-data.ts`. */
export function loadLexicon(): Lexicon {
  const placeData = readJson<PlaceLexicon>('places.json');
  const places = new Map<string, PlaceEntry>();
  const add = (record: Record<string, string>, kind: PlaceKind) => {
    for (const [key, code] of Object.entries(record)) if (!places.has(key)) places.set(key, { kind, code });
  };
  for (const key of placeData.blocked) places.set(key, { kind: 'blocked', code: '' });
  add(placeData.names, 'name');
  add(placeData.demonyms, 'demonym');
  add(placeData.cities, 'city');
  const maxWords = new Map<string, number>();
  for (const key of places.keys()) {
    const words = key.split(' ').length;
    const first = getFirstWord(key);
    if ((maxWords.get(first) ?? 0) < words) maxWords.set(first, words);
  }
  return {
    places,
    maxWords,
    combining: new Map(Object.entries(placeData.combining)),
    guardedCapitals: new Map(Object.entries(placeData.guarded)),
    ordinary: new Set(placeData.ordinary),
    firstNames: new SortedWordList(readText('first-names.txt')),
    ambiguousFirstNames: new Set(readJson<string[]>('ambiguous-first-names.json')),
    commonWords: new SortedWordList(readText('common-words.txt')),
  };
}

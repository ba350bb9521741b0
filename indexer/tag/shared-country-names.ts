import type { PlaceMatch } from './find-places';
import type { TagToken } from './tag-tokens';

/**
 * Names two countries share, read as the first by default: "le Congo", "congolais" are
 * Congo-Kinshasa unless the article places itself in the other one (Brazzaville, Pointe-Noire).
 */
const SHARED_NAMES = new Map<string, { usual: string; other: string }>(
  ['congo', 'congolais', 'congolaise', 'congolaises'].map((key) => [key, { usual: 'CD', other: 'CG' }]),
);

interface PlacesOfParagraph {
  tokens: readonly TagToken[];
  places: readonly PlaceMatch[];
}

const spanKey = (tokens: readonly TagToken[], place: PlaceMatch) =>
  tokens.slice(place.start, place.end).map((t) => t.phraseKey).join(' ');

/** Rewrites a shared name to the other country when the rest of the article names only that one. */
export function resolveSharedCountryNames(paragraphs: readonly PlacesOfParagraph[]): void {
  const shared: { place: PlaceMatch; usual: string; other: string }[] = [];
  const named = new Set<string>();
  for (const { tokens, places } of paragraphs) {
    for (const place of places) {
      const sense = place.end - place.start === 1 ? SHARED_NAMES.get(spanKey(tokens, place)) : undefined;
      if (sense) shared.push({ place, ...sense });
      else for (const code of place.codes) named.add(code);
    }
  }
  for (const { place, usual, other } of shared) {
    if (named.has(other) && !named.has(usual)) place.codes = place.codes.map((code) => (code === usual ? other : code));
  }
}

import { VALUE_FACETS, type ValueFacetName } from '../facets';
import { facetWords } from '../facet-values';

/*
 * Meilisearch's facet search matches the start of a value only ("Gantz" does not find "Benny
 * Gantz") and reads the first word of its query. So each facet whose values are shown as written
 * gets a companion field of keys, one per word of the value, each starting at that word (folded)
 * and ending with the value itself: "gantz · Benny Gantz", "benny gantz · Benny Gantz".
 */

const SEPARATOR = ' · ';
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/** Facets searched through keys: values shown as written (persons), not codes with names. */
export const KEYED_FACETS: readonly ValueFacetName[] = VALUE_FACETS.filter((f) => f.display === 'text').map((f) => f.name);

/** The document field holding a facet's keys. */
export function facetKeyField(facet: ValueFacetName): string {
  return `${facet}_keys`;
}

/** Every field of keys, in registry order. */
export const FACET_KEY_FIELDS: readonly string[] = KEYED_FACETS.map(facetKeyField);

/** One key per word of the value, each starting at that word ("Jean-Noël" gives "jean…" and "noel…"). */
export function toFacetKeys(value: string): string[] {
  const starts = [...value.matchAll(WORD_START)].map((m) => m.index);
  return [...new Set(starts.map((start) => `${facetWords(value.slice(start))}${SEPARATOR}${value}`))];
}

/** The value a key stands for. */
export function valueOfKey(key: string): string {
  const at = key.indexOf(SEPARATOR);
  return at === -1 ? key : key.slice(at + SEPARATOR.length);
}

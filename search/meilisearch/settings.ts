import type { Settings } from 'meilisearch';
import { foldText } from '../french';
import { stopWordForms, toEngineWords } from './analysis';

/*
 * The reviewed French settings of the paragraph index, in one place. A full re-index creates the
 * staging index with exactly these settings before any document is sent (Meilisearch re-indexes
 * everything when settings change after documents), an incremental run re-applies them in place.
 */

/** Searchable fields, most important first (the `attribute` ranking rule follows this order). */
// Only the paragraph text, as the embedded engine: a paragraph is found by what it says.
export const SEARCHABLE_ATTRIBUTES = ['text', 'text_stem'] as const;

/** Facet fields of the document and the facet keys of our `FacetCounts` they feed. */
export const FACET_FIELDS = { persons: 'persons', countries: 'countries', date: 'period' } as const;

/** Raised from the default 100 so the whole person list of a large archive is counted. */
export const MAX_VALUES_PER_FACET = 10_000;

/** Totals are exact up to this many hits (default 1,000); higher costs latency on broad queries. */
export const MAX_TOTAL_HITS = 100_000;

const DISPLAYED_ATTRIBUTES = [
  'id',
  'article',
  'position',
  'section',
  'text',
  'date',
  'persons',
  'countries',
  'title',
  'source',
  'source_url',
];

/** Variants a reader types for the same thing; each group is mutual. */
const SYNONYM_GROUPS: readonly string[][] = [
  ['Israël', 'Israel'],
  ['États-Unis', 'Etats-Unis', 'USA'],
  ['Royaume-Uni', 'Grande-Bretagne'],
  ['ONU', 'Nations unies'],
  ['UE', 'Union européenne'],
  ['OTAN', 'NATO'],
  ['RDC', 'République démocratique du Congo'],
  ['Côte d’Ivoire', 'Côte d\'Ivoire', 'Cote d\'Ivoire'],
];

/**
 * Mutual synonyms for each group, keyed by every form a query can take: as written, accent-free,
 * and the folded and stemmed forms we may send (see `toEngineQuery`).
 */
export function buildSynonyms(groups: readonly string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const forms = new Set<string>();
    for (const term of group) {
      forms.add(term.toLowerCase());
      forms.add(foldText(term));
      const words = toEngineWords(term);
      forms.add(words.map((w) => w.norm).join(' '));
      forms.add(words.map((w) => w.stem).join(' '));
    }
    forms.delete('');
    for (const form of forms) {
      synonyms[form] = [...forms].filter((other) => other !== form).sort();
    }
  }
  return synonyms;
}

/** The full settings object sent with `updateSettings` before any document. */
export function buildIndexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    displayedAttributes: DISPLAYED_ATTRIBUTES,
    filterableAttributes: [
      {
        attributePatterns: ['persons', 'countries', 'period'],
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
      {
        // Facet search matches prefixes of the first word only: these values start at every word.
        attributePatterns: ['person_keys'],
        features: { facetSearch: true, filter: { equality: true, comparison: false } },
      },
      {
        attributePatterns: ['id', 'article', 'rev'],
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
    ],
    sortableAttributes: ['date_sort', 'article', 'position'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'date_sort:desc'],
    localizedAttributes: [
      { attributePatterns: ['text', 'text_stem'], locales: ['fra'] },
    ],
    stopWords: stopWordForms(),
    synonyms: buildSynonyms(),
    typoTolerance: {
      enabled: true,
      // Meilisearch's documented rule, stated so a changed default cannot alter it silently.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // "2021" must not match "2012".
      disableOnNumbers: true,
    },
    faceting: {
      maxValuesPerFacet: MAX_VALUES_PER_FACET,
      sortFacetValuesBy: { '*': 'count' },
    },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

/** Settings of the companion index holding one fingerprint per article. */
export function buildFingerprintIndexSettings(): Settings {
  return {
    searchableAttributes: ['article'],
    // Documents routes return displayed attributes only: `article` must be one of them.
    displayedAttributes: ['id', 'article', 'fingerprint'],
    filterableAttributes: ['rev'],
  };
}

import type { Settings, TypoTolerance } from 'meilisearch';
import { foldText } from '../french';
import { LIMITS } from '../limits';
import { stopWordForms, toEngineWords } from './analysis';
import { FACET_KEY_FIELDS } from './facet-keys';
import { FACET_FIELDS } from './filter';
import { FORMER_IDS } from './former-ids';
import { STORED_PARAGRAPH_FIELDS } from './to-document';

/*
 * The reviewed French settings of the paragraph index, in one place. A full re-index creates the
 * staging index with exactly these settings before any document is sent (Meilisearch re-indexes
 * everything when settings change after documents), an incremental run re-applies them in place.
 */

/** Searchable fields, most important first (the `attribute` ranking rule follows this order). */
// Only the paragraph text, as the embedded engine: a paragraph is found by what it says.
export const SEARCHABLE_ATTRIBUTES = ['text', 'text_stem'] as const;

/**
 * How deep Meilisearch counts each facet. Not the number returned (`LIMITS.facetValuesReturned`,
 * trimmed in `response.ts` as the embedded engine trims): deep enough that every period key and
 * every selected value is in the distribution, whatever its rank.
 */
export const COUNTED_VALUES_PER_FACET = 10_000;

/** The last page that may be asked for ends within the exact totals. */
export const MAX_TOTAL_HITS = LIMITS.maxPage * LIMITS.hitsPerPage;

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
      const { words } = toEngineWords(term);
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

/**
 * Typo tolerance without `disableOnWords`, which the writer computes from the corpus at commit
 * (`typo-guard.ts`) and which settings updates leave as they are.
 */
export const TYPO_TOLERANCE = {
  enabled: true,
  // Meilisearch's documented rule, stated so a changed default cannot alter it silently.
  minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  // "2021" must not match "2012".
  disableOnNumbers: true,
} as const satisfies TypoTolerance;

/** The full settings object sent with `updateSettings` before any document. */
export function buildIndexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    // `former_ids`: read back by the writer when the article is replaced again.
    displayedAttributes: [...STORED_PARAGRAPH_FIELDS, FORMER_IDS],
    filterableAttributes: [
      {
        attributePatterns: [...FACET_FIELDS],
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
      // Facet value search ("gantz" → Benny Gantz) goes through these keys only; never filtered on.
      {
        attributePatterns: [...FACET_KEY_FIELDS],
        features: { facetSearch: true, filter: { equality: false, comparison: false } },
      },
      {
        attributePatterns: ['id', 'article', 'rev', FORMER_IDS],
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
      // The date range: `date_sort >= 20210100 AND date_sort <= 20211299`.
      {
        attributePatterns: ['date_sort'],
        features: { facetSearch: false, filter: { equality: false, comparison: true } },
      },
    ],
    sortableAttributes: ['date_sort', 'article', 'position'],
    // `sort` first, so that a date sort really sorts (it has no effect on a search without one);
    // then relevance, the date breaking ties.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'date_sort:desc'],
    localizedAttributes: [
      { attributePatterns: ['text', 'text_stem'], locales: ['fra'] },
    ],
    stopWords: stopWordForms(),
    synonyms: buildSynonyms(),
    typoTolerance: TYPO_TOLERANCE,
    faceting: {
      maxValuesPerFacet: COUNTED_VALUES_PER_FACET,
      sortFacetValuesBy: { '*': 'count' },
    },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

/** Settings of the companion index holding each article's metadata and fingerprint. */
export function buildArticleIndexSettings(): Settings {
  return {
    searchableAttributes: ['article'],
    // Documents routes and searches return displayed attributes only.
    displayedAttributes: ['id', 'article', 'fingerprint', 'title', 'date', 'source', 'source_url', 'person_spellings', FORMER_IDS],
    // `article`: hits and article pages look their article up by it; `former_ids`: old links.
    filterableAttributes: ['rev', 'article', FORMER_IDS],
  };
}

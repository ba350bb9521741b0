import { describe, expect, it } from 'vitest';
import { stopWordForms } from './analysis';
import { LIMITS } from '../limits';
import { buildArticleIndexSettings, buildIndexSettings, buildSynonyms, COUNTED_VALUES_PER_FACET, MAX_TOTAL_HITS, SEARCHABLE_ATTRIBUTES } from './settings';

const settings = buildIndexSettings();

describe('buildIndexSettings', () => {
  it('searches the text first, then its stems, with nothing engine-internal searchable', () => {
    expect(settings.searchableAttributes).toEqual([...SEARCHABLE_ATTRIBUTES]);
    expect(settings.searchableAttributes?.[0]).toBe('text');
    expect(settings.searchableAttributes).toContain('text_stem');
    expect(settings.searchableAttributes).not.toContain('rev');
    expect(settings.searchableAttributes).not.toContain('person_keys');
  });

  it('makes every facet of the registry and every lookup field filterable, facet search on the keys only', () => {
    const attributes = (settings.filterableAttributes ?? []).flatMap((a) =>
      typeof a === 'string' ? [] : a.attributePatterns.map((pattern) => ({ pattern, features: a.features })),
    );
    expect(attributes.map((a) => a.pattern).sort()).toEqual([
      'article',
      'countries',
      'date_sort',
      'former_ids',
      'id',
      'period',
      'persons',
      'persons_keys',
      'rev',
    ]);
    const searchable = attributes.filter((a) => a.features.facetSearch).map((a) => a.pattern);
    expect(searchable).toEqual(['persons_keys']);
    expect(attributes.find((a) => a.pattern === 'persons_keys')?.features.filter).toEqual({ equality: false, comparison: false });
    expect(settings.facetSearch).toBe(true);
    expect(settings.displayedAttributes).not.toContain('persons_keys');
  });

  it('puts sort first so a date sort really sorts, then relevance, the date breaking ties', () => {
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['date_sort', 'article', 'position']));
    const rules = settings.rankingRules ?? [];
    expect(rules.slice(0, 5)).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute']);
    expect(rules.at(-1)).toBe('date_sort:desc');
  });

  it('declares French for the text fields', () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: expect.arrayContaining(['text', 'text_stem']), locales: ['fra'] },
    ]);
  });

  it('states Meilisearch typo rule and raises facet and pagination limits', () => {
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.faceting?.maxValuesPerFacet).toBe(COUNTED_VALUES_PER_FACET);
    expect(COUNTED_VALUES_PER_FACET).toBeGreaterThan(LIMITS.facetValuesReturned + LIMITS.filterValuesPerFacet);
    expect(settings.pagination?.maxTotalHits).toBe(MAX_TOTAL_HITS);
    expect(MAX_TOTAL_HITS).toBeGreaterThanOrEqual(LIMITS.maxPage * LIMITS.hitsPerPage);
  });

  it('never displays engine-only fields', () => {
    expect(settings.displayedAttributes).not.toContain('text_stem');
    expect(settings.displayedAttributes).not.toContain('rev');
    expect(settings.displayedAttributes).toContain('text');
  });
});

describe('stop words', () => {
  it('holds each word as written and accent-free', () => {
    expect(stopWordForms(['Être', 'les'])).toEqual(['les', 'être', 'etre'].sort());
  });

  it('never holds a stem that is a real word ("avions" must not silence "avion")', () => {
    expect(settings.stopWords).toContain('avions');
    expect(settings.stopWords).not.toContain('avion');
    expect(settings.stopWords).not.toContain('dan');
  });

  it('includes common French articles and prepositions', () => {
    expect(settings.stopWords).toEqual(expect.arrayContaining(['le', 'la', 'les', 'de', 'des', 'du', 'et']));
  });
});

describe('synonyms', () => {
  it('are mutual for every form a query can take', () => {
    const synonyms = buildSynonyms([['États-Unis', 'USA']]);
    expect(synonyms['usa']).toEqual(expect.arrayContaining(['états-unis', 'etats-unis', 'etat uni']));
    expect(synonyms['états-unis']).toContain('usa');
    expect(synonyms['etat uni']).toContain('usa');
    for (const [key, values] of Object.entries(synonyms)) expect(values).not.toContain(key);
  });

  it('cover the common variants of the settings', () => {
    expect(settings.synonyms?.['israel']).toContain('israël');
    expect(settings.synonyms?.['usa']).toContain('états-unis');
  });
});

describe('buildArticleIndexSettings', () => {
  it('displays the fingerprint, the metadata and the person spellings, and filters by article', () => {
    const articles = buildArticleIndexSettings();
    expect(articles.displayedAttributes).toEqual(
      expect.arrayContaining(['article', 'fingerprint', 'title', 'date', 'source', 'source_url', 'person_spellings']),
    );
    expect(articles.filterableAttributes).toEqual(expect.arrayContaining(['article', 'rev', 'former_ids']));
  });
});

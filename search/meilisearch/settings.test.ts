import { describe, expect, it } from 'vitest';
import { stopWordForms } from './analysis';
import { buildFingerprintIndexSettings, buildIndexSettings, buildSynonyms, MAX_VALUES_PER_FACET, SEARCHABLE_ATTRIBUTES } from './settings';

const settings = buildIndexSettings();

describe('buildIndexSettings', () => {
  it('searches the text first, then its stems, with nothing engine-internal searchable', () => {
    expect(settings.searchableAttributes).toEqual([...SEARCHABLE_ATTRIBUTES]);
    expect(settings.searchableAttributes?.[0]).toBe('text');
    expect(settings.searchableAttributes).toContain('text_stem');
    expect(settings.searchableAttributes).not.toContain('rev');
    expect(settings.searchableAttributes).not.toContain('person_keys');
  });

  it('makes every filter field filterable and the facet-search field searchable by facet', () => {
    const patterns = (settings.filterableAttributes ?? []).flatMap((a) =>
      typeof a === 'string' ? [a] : a.attributePatterns,
    );
    expect(patterns).toEqual(expect.arrayContaining(['persons', 'countries', 'period', 'article', 'id', 'rev', 'person_keys']));
    const facetSearchable = (settings.filterableAttributes ?? []).filter(
      (a) => typeof a !== 'string' && a.features.facetSearch,
    );
    expect(facetSearchable.flatMap((a) => (typeof a === 'string' ? [] : a.attributePatterns))).toEqual(['person_keys']);
  });

  it('sorts newest first and keeps relevance rules ahead of sort', () => {
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['date_sort', 'article', 'position']));
    const rules = settings.rankingRules ?? [];
    expect(rules.indexOf('words')).toBeLessThan(rules.indexOf('sort'));
    expect(rules.at(-1)).toBe('date_sort:desc');
  });

  it('declares French for the text fields', () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: expect.arrayContaining(['text', 'text_stem']), locales: ['fra'] },
    ]);
  });

  it('states Meilisearch typo rule and raises facet and pagination limits', () => {
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.faceting?.maxValuesPerFacet).toBe(MAX_VALUES_PER_FACET);
    expect(MAX_VALUES_PER_FACET).toBeGreaterThan(100);
    expect(settings.pagination?.maxTotalHits).toBeGreaterThan(1_000);
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
    expect(synonyms['usa']).toEqual(expect.arrayContaining(['états-unis', 'etats-unis', 'etat unis']));
    expect(synonyms['états-unis']).toContain('usa');
    expect(synonyms['etat unis']).toContain('usa');
    for (const [key, values] of Object.entries(synonyms)) expect(values).not.toContain(key);
  });

  it('cover the common variants of the settings', () => {
    expect(settings.synonyms?.['israel']).toContain('israël');
    expect(settings.synonyms?.['usa']).toContain('états-unis');
  });
});

describe('buildFingerprintIndexSettings', () => {
  it('displays the fields the fingerprint reader asks for', () => {
    expect(buildFingerprintIndexSettings().displayedAttributes).toEqual(expect.arrayContaining(['article', 'fingerprint']));
  });
});

import { describe, expect, it } from 'vitest';
import { facetLabelMatcher } from '../facet-values';
import type { ParagraphInput } from '../types';
import { facetKeyField, FACET_KEY_FIELDS, KEYED_FACETS, toFacetKeys, valueOfKey } from './facet-keys';
import { toMeiliDocument } from './to-document';

describe('facet keys', () => {
  it('start at every word, folded, so a prefix of any word is a prefix of a key', () => {
    expect(toFacetKeys('Benny Gantz')).toEqual(['benny gantz · Benny Gantz', 'gantz · Benny Gantz']);
    expect(toFacetKeys('Jean-Noël d’Ormesson').map((k) => k.split(' · ')[0])).toEqual([
      'jean noel d ormesson',
      'noel d ormesson',
      'd ormesson',
      'ormesson',
    ]);
  });

  it('map back to the value they stand for', () => {
    for (const value of ['Benny Gantz', 'Zine el-Abidine Ben Ali', 'Mohammed V']) {
      for (const key of toFacetKeys(value)) expect(valueOfKey(key)).toBe(value);
    }
  });

  it('agree with the matching rule: every word the rule accepts starts a key', () => {
    const value = 'Zine el-Abidine Ben Ali';
    for (const text of ['zine', 'abid', 'ben', 'ben ali', 'ALI']) {
      expect(facetLabelMatcher(text)(value)).toBe(true);
      expect(toFacetKeys(value).some((k) => k.startsWith(text.toLowerCase()))).toBe(true);
    }
  });

  it('exist for facets shown as written only (persons), in their own field of each document', () => {
    expect(KEYED_FACETS).toEqual(['persons']);
    expect(FACET_KEY_FIELDS).toEqual(['persons_keys']);
    const paragraph: ParagraphInput = {
      id: 'a-1',
      position: 1,
      section: null,
      text: 'x',
      facets: { persons: ['Benny Gantz', 'Ben Ali'], countries: ['MA'] },
    };
    const doc = toMeiliDocument(paragraph, { id: 'a', meta: { title: 't', date: '2021-01', source: null, sourceUrl: null } }, 'r');
    expect(doc[facetKeyField('persons')]).toEqual([...toFacetKeys('Benny Gantz'), ...toFacetKeys('Ben Ali')]);
    expect(doc).not.toHaveProperty('countries_keys');
  });
});

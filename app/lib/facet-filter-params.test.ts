import { describe, expect, it } from 'vitest';
import { facetFilterParam, readFacetFilterTexts, toFacetFilterParams } from './facet-filter-params';
import type { FacetView } from './facet-view';

const FACETS: FacetView[] = [
  { name: 'persons', param: 'person', label: 'Personnes', singularLabel: 'Personne', kind: 'values', display: 'text' },
  { name: 'date', param: 'date', label: 'Date', singularLabel: 'Date', kind: 'period', display: 'period' },
];

describe('facet filter parameters', () => {
  it('read the filter boxes of values facets only, trimmed, as URL parameters again', () => {
    const params = new URLSearchParams('q=Rabat&person=Benny+Gantz&filtre-person=+gantz+&filtre-date=2021');
    expect(facetFilterParam(FACETS[0]!)).toBe('filtre-person');
    expect([...readFacetFilterTexts(params, FACETS)].map(([f, t]) => [f.name, t])).toEqual([['persons', 'gantz']]);
    expect(toFacetFilterParams(readFacetFilterTexts(params, FACETS)).toString()).toBe('filtre-person=gantz');
    expect(readFacetFilterTexts(new URLSearchParams('filtre-person=+'), FACETS).size).toBe(0);
  });
});

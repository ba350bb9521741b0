import type { FacetView } from './facet-view';

/**
 * Without JavaScript a facet's filter box is a field of the facets' GET form: `?filtre-person=gantz`
 * asks the page to list that facet's values matching "gantz". Not part of the search state (the
 * canonical URL keeps them apart).
 */
export function facetFilterParam(facet: Pick<FacetView, 'param'>): string {
  return `filtre-${facet.param}`;
}

type ValuesFacet = Extract<FacetView, { kind: 'values' }>;

/** The text of each values facet's filter box in the URL, when there is one. */
export function readFacetFilterTexts(params: URLSearchParams, facets: readonly FacetView[]): Map<ValuesFacet, string> {
  const texts = new Map<ValuesFacet, string>();
  for (const facet of facets) {
    const text = params.get(facetFilterParam(facet))?.trim();
    if (facet.kind === 'values' && text) texts.set(facet, text);
  }
  return texts;
}

/** The filter boxes' texts as URL parameters. */
export function toFacetFilterParams(texts: ReadonlyMap<ValuesFacet, string>): URLSearchParams {
  return new URLSearchParams([...texts].map(([facet, text]) => [facetFilterParam(facet), text]));
}

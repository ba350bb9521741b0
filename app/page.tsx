import { redirect } from 'next/navigation';
import { LIMITS } from '../search/index';
import { SearchApp } from './components/search-app';
import { LIVE_SEARCH_HINT, SearchHelp, SUBMIT_SEARCH_HINT } from './components/search-help';
import type { FacetName } from '../search/index';
import type { FacetValuesResponse, SearchResponse } from './lib/api-types';
import { searchParagraphs } from './lib/engine';
import { readFacetFilterTexts, toFacetFilterParams } from './lib/facet-filter-params';
import { findFacetValues } from './lib/facet-values';
import { facetTextSchema } from './lib/facet-values-request';
import { FACET_VIEWS } from './lib/facet-views';
import { invalidParamsMessage } from './lib/messages';
import { toPageFailure } from './lib/search-failure';
import { parseSearchRequest } from './lib/search-request';
import { readSearchState, toQueryString, toUrlSearchParams } from './lib/url-state';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = toUrlSearchParams(await searchParams);
  const parsed = parseSearchRequest(params);
  let data: SearchResponse | null = null;
  let error: string | null = null;
  const valueMatches: Partial<Record<FacetName, FacetValuesResponse>> = {};
  if (!parsed.success) {
    error = invalidParamsMessage(parsed.error);
  } else {
    // A form sent without JavaScript carries empty and default fields (`from=&sort=pertinence`):
    // answer with the canonical URL, so the address a user copies is the one the app writes.
    // The facet filter boxes' texts (`filtre-person=gantz`) follow the state; empty ones go.
    const filterTexts = readFacetFilterTexts(params, FACET_VIEWS);
    const canonical = toQueryString(parsed.state, FACET_VIEWS);
    const target = [canonical.slice(1), toFacetFilterParams(filterTexts).toString()].filter(Boolean).join('&');
    if (params.toString() !== target) redirect(target === '' ? '/' : `/?${target}`);
    try {
      data = await searchParagraphs(parsed.state);
      for (const [facet, raw] of filterTexts) {
        const text = facetTextSchema.safeParse(raw);
        if (text.success) valueMatches[facet.name] = await findFacetValues({ facet: facet.name, text: text.data, state: parsed.state });
      }
    } catch (e) {
      error = toPageFailure(e).message;
    }
  }
  return (
    <main id="contenu" className="page">
      <a className="skip-link" href="#resultats">
        Aller aux résultats
      </a>
      <h1 className="visually-hidden">Recherche dans les articles</h1>
      <SearchApp
        facets={FACET_VIEWS}
        queryMaxLength={LIMITS.queryLength}
        initialState={parsed.success ? parsed.state : readSearchState(params, FACET_VIEWS)}
        initialData={data}
        initialError={error}
        initialValueMatches={valueMatches}
        help={{ syntax: <SearchHelp />, liveHint: LIVE_SEARCH_HINT, submitHint: SUBMIT_SEARCH_HINT }}
      />
    </main>
  );
}

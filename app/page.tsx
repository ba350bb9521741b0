import { redirect } from 'next/navigation';
import { LIMITS } from '../search/index';
import { SearchApp } from './components/search-app';
import type { SearchResponse } from './lib/api-types';
import { searchParagraphs } from './lib/engine';
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
  if (!parsed.success) {
    error = invalidParamsMessage(parsed.error);
  } else {
    // A form sent without JavaScript carries empty and default fields (`from=&sort=pertinence`):
    // answer with the canonical URL, so the address a user copies is the one the app writes.
    const canonical = toQueryString(parsed.state, FACET_VIEWS);
    if (params.toString() !== canonical.slice(1)) redirect(canonical === '' ? '/' : `/${canonical}`);
    try {
      data = await searchParagraphs(parsed.state);
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
      />
    </main>
  );
}

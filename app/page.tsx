import { Suspense } from 'react';
import { SearchApp } from './components/search-app';
import type { SearchResponse } from './lib/api-types';
import { EngineUnavailableError, searchParagraphs, unavailableMessage } from './lib/engine';
import { invalidParamsMessage } from './lib/messages';
import { parseSearchRequest } from './lib/search-request';
import { readSearchState, toUrlSearchParams } from './lib/url-state';

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
    try {
      data = await searchParagraphs(parsed.state);
    } catch (e) {
      if (!(e instanceof EngineUnavailableError)) throw e;
      error = unavailableMessage(e);
    }
  }
  return (
    <main id="contenu" className="page">
      <Suspense>
        <SearchApp
          initialState={parsed.success ? parsed.state : readSearchState(params)}
          initialData={data}
          initialError={error}
        />
      </Suspense>
    </main>
  );
}

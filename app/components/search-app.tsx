'use client';

import { useSearchParams } from 'next/navigation';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import useSWR from 'swr';
import type { MatchMode } from '../../search/client';
import type { FacetName, ValueFacetName } from '../../search/index';
import type { ApiError, FacetValuesResponse, SearchResponse } from '../lib/api-types';
import type { FacetView } from '../lib/facet-view';
import { failedSearchTitle, httpErrorMessage, NETWORK_ERROR_MESSAGE } from '../lib/messages';
import {
  clearFilters,
  countFilters,
  readSearchState,
  toggleFilter,
  toQueryString,
  withFacetMode,
  withOptions,
  withPage,
  withQuery,
  type SearchState,
} from '../lib/url-state';
import { ActiveFilters } from './active-filters';
import { FacetPanel } from './facet-panel';
import { FacetDrawer } from './facet-drawer';
import { ResultList } from './result-list';
import { SearchForm, type SearchFormHelp } from './search-form';
import { ServiceError } from './service-error';

const DEBOUNCE_MS = 250;
const API_PATH = '/api/search';

class SearchRequestError extends Error {
  override name = 'SearchRequestError';
}

async function fetchSearch(url: string): Promise<SearchResponse> {
  // Offline or server gone: the browser's own words ("Failed to fetch") never reach the page.
  const response = await fetch(url, { headers: { accept: 'application/json' } }).catch((error: unknown) => {
    throw new SearchRequestError(NETWORK_ERROR_MESSAGE, { cause: error });
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new SearchRequestError(body?.message ?? httpErrorMessage(response.status));
  }
  return (await response.json()) as SearchResponse;
}

/** Each response carries the key it answers, so the page knows when it shows older results. */
interface Tagged {
  key: string;
  response: SearchResponse;
}

async function fetchTagged(key: string): Promise<Tagged> {
  return { key, response: await fetchSearch(key) };
}

/** ↑/↓ on a result title moves to the previous/next result title. */
function moveBetweenResults(e: ReactKeyboardEvent<HTMLElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('.result-title a')];
  const current = links.findIndex((link) => link === document.activeElement);
  if (current === -1) return;
  const next = links[current + (e.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search page's client controller: URL ⇄ state, search-as-you-type, SWR fetching.
 * The server renders the first page with `initialData`, so the results are in the HTML.
 */
export function SearchApp({
  facets,
  queryMaxLength,
  initialState,
  initialData,
  initialError,
  initialValueMatches,
  help,
}: {
  /** The facet registry, as plain data from the server. */
  facets: readonly FacetView[];
  queryMaxLength: number;
  initialState: SearchState;
  initialData: SearchResponse | null;
  initialError: string | null;
  /** Matches of facet filter boxes sent without JavaScript (`?filtre-person=…`). */
  initialValueMatches?: Partial<Record<FacetName, FacetValuesResponse>>;
  /** The search form's static help (server-rendered). */
  help: SearchFormHelp;
}) {
  const searchParams = useSearchParams();
  const urlState = useMemo(
    () => readSearchState(new URLSearchParams(searchParams.toString()), facets),
    [searchParams, facets],
  );
  const urlKey = toQueryString(urlState, facets);

  // Local state answers at once (a checkbox ticks immediately); the URL follows, and a URL
  // change that this component did not make (back/forward) replaces the local state.
  // The server redirects a non-canonical URL (`country=ma`) to the canonical one before this renders.
  const [state, setState] = useState(initialState);
  const [input, setInput] = useState(initialState.q);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const ownKeys = useRef(new Set<string>([urlKey]));
  useEffect(() => {
    if (ownKeys.current.has(urlKey)) {
      if (urlKey === toQueryString(stateRef.current, facets)) ownKeys.current.clear();
      return;
    }
    ownKeys.current.clear();
    setState(urlState);
    setInput(urlState.q);
  }, [urlKey, urlState, facets]);

  const navigate = useCallback((next: SearchState, mode: 'push' | 'replace') => {
    const query = toQueryString(next, facets);
    ownKeys.current.add(query);
    stateRef.current = next;
    setState(next);
    const url = `${window.location.pathname}${query}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [facets]);

  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    clearTimeout(debounce.current);
    if (input.trim() === stateRef.current.q) return;
    debounce.current = setTimeout(() => {
      const current = stateRef.current;
      // The first keystroke of a new search gets its own history entry; the rest replace it.
      navigate(withQuery(current, input), current.q === '' ? 'push' : 'replace');
    }, DEBOUNCE_MS);
    return () => clearTimeout(debounce.current);
  }, [input, navigate]);

  const submit = () => {
    clearTimeout(debounce.current);
    if (input.trim() !== state.q) navigate(withQuery(state, input), 'push');
  };

  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowDown' && e.target === searchBox.current) {
        const first = document.querySelector<HTMLAnchorElement>('#resultats .result-title a');
        if (!first) return;
        e.preventDefault();
        first.focus();
        return;
      }
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const initialKey = `${API_PATH}${toQueryString(initialState, facets)}`;
  const key = `${API_PATH}${toQueryString(state, facets)}`;
  const { data: tagged, error, mutate } = useSWR<Tagged, Error>(key, fetchTagged, {
    keepPreviousData: true,
    fallbackData: key === initialKey && initialData ? { key, response: initialData } : undefined,
    // The server already answered the first key; later keys (and coming back to this one,
    // where keepPreviousData would otherwise win over fallbackData) are fetched.
    revalidateOnMount: !initialData,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });

  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const kindOf = (facet: FacetName) => facets.find((f) => f.name === facet)?.kind;
  const toggle = (facet: FacetName, value: string) =>
    navigate(toggleFilter(state, facet, value, kindOf(facet)), 'push');
  const clear = () => navigate(clearFilters(state), 'push');
  const changeMode = (facet: ValueFacetName, mode: MatchMode) => navigate(withFacetMode(state, facet, mode), 'push');
  const goToPage = (page: number) => {
    navigate(withPage(state, page), 'push');
    resultsHeading.current?.focus();
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  };

  // keepPreviousData shows the last results while the new ones load (said so until they match);
  // a failed search shows its own message alone, never the previous query's results.
  const data = error ? undefined : tagged?.response;
  const pending = tagged?.key !== key && !error;
  const errorMessage = error?.message ?? (data ? null : initialError);
  const labels = data?.labels ?? {};

  return (
    <>
      <SearchForm
        ref={searchBox}
        facets={facets}
        maxLength={queryMaxLength}
        value={input}
        state={state}
        busy={pending}
        onChange={setInput}
        onSubmit={submit}
        onOptions={(options) => navigate(withOptions(state, options), 'push')}
        help={help}
      />
      <div className="search-layout">
        <FacetDrawer filterCount={countFilters(state)}>
          {data ? (
            <FacetPanel facets={facets} counts={data.facets} state={state} labels={labels} onToggle={toggle} onModeChange={changeMode} valueMatches={initialValueMatches} />
          ) : null}
        </FacetDrawer>
        <section
          id="resultats"
          className="results"
          aria-label="Résultats"
          aria-busy={pending}
          onKeyDown={moveBetweenResults}
        >
          <ActiveFilters
            facets={facets}
            state={state}
            labels={labels}
            onRemove={toggle}
            onClear={clear}
          />
          {errorMessage ? (
            <ServiceError title={failedSearchTitle(state.q)} message={errorMessage} onRetry={() => void mutate()} retryHref={`/${toQueryString(state, facets)}`} />
          ) : null}
          {data ? (
            <ResultList
              ref={resultsHeading}
              facets={facets}
              data={data}
              state={state}
              loading={pending}
              onPage={goToPage}
              onClear={clear}
              onSuggest={(q) => {
                setInput(q);
                navigate(withQuery(state, q), 'push');
              }}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}

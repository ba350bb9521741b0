import { vi } from 'vitest';
import type { SearchEngine, SearchResult } from '../../../search/index';

/** One hit with a country, as an adapter returns it. */
export const RESULT: SearchResult = {
  total: 1,
  hits: [
    {
      id: 'a-1',
      article: 'a',
      position: 1,
      section: null,
      text: 'Au Maroc',
      highlight: 'Au <mark>Maroc</mark>',
      snippet: 'Au <mark>Maroc</mark>',
      date: '2021-11',
      facets: { persons: [], countries: ['MA'] },
      title: 'Titre',
      source: null,
    },
  ],
  facets: { persons: {}, countries: { MA: 1 }, date: { '2021': 1, '2021-11': 1 } },
  took_ms: 2,
  relaxed: null,
};

/** A whole `SearchEngine`; what a test does not give fails loudly if the app calls it. */
export function stubEngine(overrides: Partial<SearchEngine> = {}): SearchEngine {
  const unused = (name: string) => () => Promise.reject(new Error(`${name} is not used by the web app`));
  return {
    getArticleFingerprints: unused('getArticleFingerprints'),
    beginWrite: unused('beginWrite'),
    search: vi.fn<SearchEngine['search']>().mockResolvedValue(RESULT),
    getParagraph: vi.fn<SearchEngine['getParagraph']>().mockResolvedValue(null),
    getArticle: vi.fn<SearchEngine['getArticle']>().mockResolvedValue(null),
    searchFacetValues: vi.fn<SearchEngine['searchFacetValues']>().mockResolvedValue([]),
    resolveFormerParagraph: vi.fn<SearchEngine['resolveFormerParagraph']>().mockResolvedValue(null),
    close: async () => {},
    getArticlePersonSpellings: unused('getArticlePersonSpellings'),
    summarizeMatches: unused('summarizeMatches'),
    streamHits: () => {
      throw new Error('streamHits is not stubbed');
    },
    ...overrides,
  };
}

/** The app keeps one engine per process on globalThis: forget it between tests. */
export function forgetEngine(): void {
  const slot = (globalThis as Record<symbol, { engine?: unknown } | undefined>)[Symbol.for('paragraphe.web.engine')];
  delete slot?.engine;
}

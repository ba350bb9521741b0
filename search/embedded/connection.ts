import type Database from 'better-sqlite3';
import type { FacetValueCount, FacetValueSearch } from '../facet-values';
import type { SearchQuery, SearchResult } from '../types';
import { SearchDeadline } from './deadline';
import type { FacetCache } from './facet-cache';
import { runFacetValueSearch } from './facet-value-search';
import { BM25_LEVEL_CAP } from './level-order';
import { MatchCache } from './match-cache';
import { readFacetCache, readVocabulary } from './packed-store';
import { ResultCache } from './result-cache';
import { PARAGRAPH_SELECT } from './records';
import { prepareSearchStatements, runSearch, type SearchContext, type SearchStageTimes } from './searcher';
import { prepareSuggestStatements, suggestSpelling } from './suggest';
import type { Vocabulary } from './vocabulary';
import type { SpellingSuggestion } from '../types';

/**
 * Twenty times the p95 target at 500k paragraphs: only runaway work reaches it, even on a machine
 * busy enough to make ordinary queries several times slower.
 */
export const SEARCH_DEADLINE_MS = 1_000;

/** What a connection's searches are tuned with (see `EmbeddedEngineOptions`). */
export interface SearchTuning {
  searchDeadlineMs?: number;
  /** Largest match level scored with BM25 (default `BM25_LEVEL_CAP`; tests lower it). */
  bm25LevelCap?: number;
  onStageTimes?: (times: SearchStageTimes) => void;
  /** Ranks every level in full, skipping no FTS5 query: the reference the shortcuts are tested against. */
  exhaustiveRanking?: boolean;
}

/**
 * Caches derived from one version of the index. `PRAGMA data_version` changes when another
 * connection commits, so a reader picks up the indexer's commit at its next query.
 */
function createVersionedCaches(db: Database.Database, deadline: SearchDeadline) {
  let version = -1;
  // Counts cache resets: this process's own commits do not change `data_version`.
  let generation = 0;
  let facets: FacetCache | null = null;
  let vocabulary: Vocabulary | null = null;
  let previousFacets: FacetCache | null = null;
  let previousVocabulary: Vocabulary | null = null;
  let matches: MatchCache | null = null;
  let results: ResultCache | null = null;
  let suggestions: Map<string, SpellingSuggestion | null> | null = null;
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const checkVersion = () => {
    const current = dataVersion.get() as number;
    if (current !== version) {
      version = current;
      generation++;
      // Kept to start the next version's from: a small commit then costs no BLOB read.
      previousFacets = facets ?? previousFacets;
      previousVocabulary = vocabulary ?? previousVocabulary;
      facets = null;
      vocabulary = null;
      matches = null;
      results = null;
      suggestions = null;
    }
  };
  return {
    checkVersion,
    version: () => generation,
    invalidate() {
      version = -1;
    },
    facets: () => {
      if (!facets) {
        facets = deadline.excluding(() => readFacetCache(db, previousFacets));
        previousFacets = null;
      }
      return facets;
    },
    vocabulary: () => {
      if (!vocabulary) {
        vocabulary = deadline.excluding(() => readVocabulary(db, previousVocabulary));
        previousVocabulary = null;
      }
      return vocabulary;
    },
    matches: () => (matches ??= new MatchCache()),
    results: () => (results ??= new ResultCache()),
    suggestions: () => (suggestions ??= new Map()),
  };
}

/** One open store file with its prepared statements and caches; replaced when the file is. */
export interface Connection {
  db: Database.Database;
  /** Device and inode of the file when opened. */
  identity: string | null;
  statements: {
    paragraph: Database.Statement;
    article: Database.Statement;
    articleParagraphs: Database.Statement;
    fingerprints: Database.Statement;
    personSpellings: Database.Statement;
    formerParagraph: Database.Statement;
  };
  search(query: SearchQuery): SearchResult;
  searchFacetValues(request: FacetValueSearch): FacetValueCount[];
  /**
   * Runs `work` in one read snapshot under the search deadline, with the index version its rowids
   * belong to (rowids mean nothing in another version).
   */
  readSnapshot<T>(work: (context: SearchContext) => T): { value: T; version: number };
  /** Runs `work` in one read snapshot if the index is still at `version`, else returns null. */
  atVersion<T>(version: number, work: () => T): T | null;
  /** Drops the caches (after this process wrote). */
  invalidate(): void;
}

export function connect(db: Database.Database, identity: string | null, tuning: SearchTuning): Connection {
  const deadline = new SearchDeadline(db, tuning.searchDeadlineMs ?? SEARCH_DEADLINE_MS);
  const caches = createVersionedCaches(db, deadline);
  const searchStatements = prepareSearchStatements(db);
  // One read transaction per search: every statement sees the same snapshot, and SQLite takes
  // the WAL read lock once instead of once per statement.
  const searchContext = (): SearchContext => ({
    statements: searchStatements,
    facets: caches.facets,
    vocabulary: caches.vocabulary,
    matches: caches.matches,
    results: caches.results,
    deadline,
    bm25LevelCap: tuning.bm25LevelCap ?? BM25_LEVEL_CAP,
    onStageTimes: tuning.onStageTimes,
    exhaustiveRanking: tuning.exhaustiveRanking,
  });
  const suggestStatements = prepareSuggestStatements(db);
  const searchInSnapshot = db.transaction((query: SearchQuery): SearchResult => {
    caches.checkVersion();
    const context = searchContext();
    const result = runSearch(context, query);
    const suggestion = suggestSpelling(
      {
        statements: suggestStatements,
        vocabulary: caches.vocabulary,
        cache: caches.suggestions,
        count: (respelt) => {
          const found = runSearch(context, respelt);
          return found.relaxed ? 0 : found.total;
        },
      },
      query,
      result,
    );
    return { ...result, suggestion };
  });
  const inSnapshot = db.transaction(<T>(work: (context: SearchContext) => T) => {
    caches.checkVersion();
    return { value: work(searchContext()), version: caches.version() };
  });
  const atVersion = db.transaction(<T>(version: number, work: () => T): T | null => {
    caches.checkVersion();
    return caches.version() === version ? work() : null;
  });
  const facetValuesInSnapshot = db.transaction((request: FacetValueSearch) => {
    caches.checkVersion();
    return runFacetValueSearch(searchContext(), request);
  });
  const withDeadline = <T>(work: () => T): T => {
    deadline.start();
    try {
      return work();
    } finally {
      deadline.stop();
    }
  };
  return {
    db,
    identity,
    statements: {
      paragraph: db.prepare(`${PARAGRAPH_SELECT} WHERE p.id = ?`),
      article: db.prepare('SELECT id, title, date, source, source_url FROM articles WHERE id = ?'),
      articleParagraphs: db.prepare(`${PARAGRAPH_SELECT} WHERE p.article = ? ORDER BY p.position`),
      fingerprints: db.prepare('SELECT id, fingerprint FROM articles').raw(),
      personSpellings: db.prepare('SELECT id, person_spellings FROM articles').raw(),
      formerParagraph: db.prepare('SELECT article, paragraph FROM former_paragraphs WHERE id = ?'),
    },
    search: (query) => withDeadline(() => searchInSnapshot(query)),
    searchFacetValues: (request) => withDeadline(() => facetValuesInSnapshot(request)),
    readSnapshot<T>(work: (context: SearchContext) => T) {
      return withDeadline(() => inSnapshot(work) as { value: T; version: number });
    },
    atVersion: (version, work) => atVersion(version, work) as ReturnType<typeof work> | null,
    invalidate: () => caches.invalidate(),
  };
}

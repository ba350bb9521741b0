import type { Meilisearch } from 'meilisearch';
import type { IndexWriter, SearchEngine } from '../engine';
import { createQueryMatcher, parseQuery } from '../french';
import type { Article, Paragraph, SearchQuery, SearchResult } from '../types';
import { toEngineWords } from './analysis';
import { apiErrorCode, MeilisearchEngineError, toEngineError } from './errors';
import { equals } from './filter';
import { isStagingIndexOf, liveIndexes, newRev, stagingIndexes, type IndexPair } from './index-names';
import { toSearchResult } from './response';
import { buildSearchPlan, buildStemLookups, knownStemsFrom } from './search-request';
import { buildFingerprintIndexSettings, buildIndexSettings } from './settings';
import { runTask } from './tasks';
import { toParagraph, type StoredParagraph } from './to-document';
import { DOCUMENT_ID, MeilisearchIndexWriter, type FingerprintDocument } from './writer';

const ARTICLE_PAGE = 1_000;

/** What a search answers before the first index exists. */
function emptyResult(tookMs: number): SearchResult {
  return { total: 0, hits: [], facets: { persons: {}, countries: {}, date: {} }, took_ms: Math.round(tookMs) };
}

/** The Meilisearch error code our errors carry (task failures and API errors). */
function errorCode(error: unknown): string | null {
  return error instanceof MeilisearchEngineError && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/**
 * The adapter over two clients with the same key: `client` for reads and metadata tasks,
 * `writeClient` (longer HTTP timeout) for document uploads. Built by `openMeilisearchEngine`.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly #live: IndexPair;

  constructor(
    private readonly client: Meilisearch,
    private readonly writeClient: Meilisearch,
    private readonly indexUid: string,
  ) {
    this.#live = liveIndexes(indexUid);
  }

  async getArticleFingerprints(): Promise<Map<string, string>> {
    const fingerprints = new Map<string, string>();
    const index = this.client.index<FingerprintDocument>(this.#live.fingerprints);
    try {
      for (let offset = 0; ; offset += ARTICLE_PAGE) {
        const page = await index.getDocuments({ fields: ['article', 'fingerprint'], limit: ARTICLE_PAGE, offset });
        for (const doc of page.results) fingerprints.set(doc.article, doc.fingerprint);
        if (page.results.length < ARTICLE_PAGE) break;
      }
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return fingerprints;
      throw toEngineError(error, 'reading article fingerprints');
    }
    return fingerprints;
  }

  async beginWrite({ replaceAll }: { replaceAll: boolean }): Promise<IndexWriter> {
    const rev = newRev();
    if (!replaceAll) {
      await this.#prepare(this.#live);
      return new MeilisearchIndexWriter(this.writeClient, this.#live, rev, {
        publish: async () => {},
        discard: async () => {},
      });
    }
    await this.#dropStagingIndexes();
    const staging = stagingIndexes(this.indexUid, rev);
    await this.#prepare(staging);
    return new MeilisearchIndexWriter(this.writeClient, staging, rev, {
      publish: () => this.#swapIn(staging),
      discard: () => this.#dropIndexes(staging),
    });
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const index = this.#live.paragraphs;
    const words = toEngineWords(query.q);
    try {
      const lookups = buildStemLookups(words, index);
      const knownStems =
        lookups.queries.length === 0
          ? new Set<string>()
          : knownStemsFrom(lookups.stems, (await this.client.multiSearch({ queries: lookups.queries })).results);
      const plan = buildSearchPlan(query, words, knownStems, index);
      const answer = await this.client.multiSearch<{ queries: typeof plan.queries }, StoredParagraph>({
        queries: plan.queries,
      });
      const matcher = createQueryMatcher(parseQuery(query.q));
      return toSearchResult(answer.results, plan.disjunctive, performance.now() - started, matcher);
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return emptyResult(performance.now() - started);
      throw toEngineError(error, 'searching');
    }
  }

  async getParagraph(id: string): Promise<Paragraph | null> {
    if (!DOCUMENT_ID.test(id)) return null;
    const hits = await this.#find(equals('id', id), 1, 1);
    return hits[0] ? toParagraph(hits[0]) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const paragraphs: Paragraph[] = [];
    for (let page = 1; ; page++) {
      const hits = await this.#find(equals('article', id), page, ARTICLE_PAGE, ['position:asc']);
      paragraphs.push(...hits.map(toParagraph));
      if (hits.length < ARTICLE_PAGE) break;
    }
    const first = paragraphs[0];
    if (!first) return null;
    return {
      id,
      title: first.title,
      date: first.date,
      source: first.source,
      sourceUrl: first.sourceUrl,
      paragraphs,
    };
  }

  async close(): Promise<void> {}

  /** Lookups go through search (not the documents route) so a search-only key suffices. */
  async #find(filter: string, page: number, hitsPerPage: number, sort?: string[]): Promise<StoredParagraph[]> {
    try {
      const response = await this.client
        .index<StoredParagraph>(this.#live.paragraphs)
        .search('', { filter, page, hitsPerPage, ...(sort ? { sort } : {}) });
      return response.hits;
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return [];
      throw toEngineError(error, 'looking up paragraphs');
    }
  }

  /** Creates the pair if needed and applies the reviewed settings before any document. */
  async #prepare(pair: IndexPair): Promise<void> {
    await this.#createIfMissing(pair.paragraphs);
    await this.#createIfMissing(pair.fingerprints);
    await runTask(() => this.client.index(pair.paragraphs).updateSettings(buildIndexSettings()), `configuring ${pair.paragraphs}`);
    await runTask(
      () => this.client.index(pair.fingerprints).updateSettings(buildFingerprintIndexSettings()),
      `configuring ${pair.fingerprints}`,
    );
  }

  async #createIfMissing(uid: string): Promise<void> {
    try {
      await runTask(() => this.client.createIndex(uid, { primaryKey: 'id' }), `creating index ${uid}`);
    } catch (error) {
      if (errorCode(error) === 'index_already_exists') return;
      throw error;
    }
  }

  /** One atomic swap of both pairs; the old data then sits under the staging names and is dropped. */
  async #swapIn(staging: IndexPair): Promise<void> {
    await this.#createIfMissing(this.#live.paragraphs);
    await this.#createIfMissing(this.#live.fingerprints);
    await runTask(
      () =>
        this.client.swapIndexes([
          { indexes: [this.#live.paragraphs, staging.paragraphs], rename: false },
          { indexes: [this.#live.fingerprints, staging.fingerprints], rename: false },
        ]),
      `swapping ${staging.paragraphs} into ${this.#live.paragraphs}`,
    );
    await this.#dropIndexes(staging);
  }

  async #dropIndexes(pair: IndexPair): Promise<void> {
    for (const uid of [pair.paragraphs, pair.fingerprints]) {
      try {
        await runTask(() => this.client.deleteIndex(uid), `deleting index ${uid}`);
      } catch (error) {
        if (errorCode(error) === 'index_not_found') continue;
        throw error;
      }
    }
  }

  /** Staging indexes of killed runs would otherwise hold disk space forever. */
  async #dropStagingIndexes(): Promise<void> {
    let uids: string[];
    try {
      const { results } = await this.client.getRawIndexes({ limit: 1_000 });
      uids = results.map((index) => index.uid).filter((uid) => isStagingIndexOf(this.indexUid, uid));
    } catch (error) {
      throw toEngineError(error, 'listing indexes');
    }
    for (const uid of uids) {
      await runTask(() => this.client.deleteIndex(uid), `deleting leftover index ${uid}`);
    }
  }
}

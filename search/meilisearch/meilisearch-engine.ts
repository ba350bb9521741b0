import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { IndexWriter, SearchEngine } from '../engine';
import { createQueryMatcher, parseQuery, relaxQuery, requiredWords, type ParsedQuery } from '../french';
import { IndexChangedError, IndexMissingError } from '../errors';
import { emptyFilters } from '../facets';
import type {
  Article,
  MatchQuery,
  MatchSummary,
  Paragraph,
  QueryRelaxation,
  SearchQuery,
  SearchResult,
  StreamedHit,
} from '../types';
import { validateMatchQuery, validateQuery } from '../validate-query';
import { toEngineQuery, toEngineQueryText } from './analysis';
import { apiErrorCode, MeilisearchEngineError, toEngineError } from './errors';
import { equals } from './filter';
import { isStagingIndexOf, liveIndexes, newRev, stagingIndexes, type IndexPair } from './index-names';
import { buildArticleCountQuery, buildDateEdgeQueries, buildStreamPageQuery, streamPageCount } from './match-set';
import { toFacetCounts, toSearchResult } from './response';
import { buildRelaxationProbe, buildSearchPlan, buildStemLookups, keptWordsFrom, knownStemsFrom } from './search-request';
import { buildArticleIndexSettings, buildIndexSettings } from './settings';
import { runTask } from './tasks';
import {
  ARTICLE_META_FIELDS,
  toArticleMeta,
  toParagraph,
  type ArticleDocument,
  type StoredArticleMeta,
  type StoredParagraph,
} from './to-document';
import { DOCUMENT_ID, MeilisearchIndexWriter } from './writer';

const ARTICLE_PAGE = 1_000;

/** The port's error for a server that holds no index yet, or the mapped client error. */
function toReadError(error: unknown, doing: string, indexUid: string): Error {
  if (apiErrorCode(error) === 'index_not_found') {
    return new IndexMissingError(`${doing}: index ${indexUid} does not exist yet: run the indexer`, { cause: error });
  }
  return toEngineError(error, doing);
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
    const index = this.client.index<ArticleDocument>(this.#live.articles);
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
    const valid = validateQuery(query);
    const started = performance.now();
    try {
      const { ran, relaxed, plan, answer } = await this.#resolve(valid);
      const articles = await this.#articleMetas(answer.results[0]?.hits.map((hit) => hit.article) ?? []);
      const result = toSearchResult(
        answer.results,
        { disjunctive: plan.disjunctive, filters: valid.filters },
        articles,
        performance.now() - started,
        createQueryMatcher(ran),
      );
      return { ...result, relaxed };
    } catch (error) {
      throw toReadError(error, 'searching', this.indexUid);
    }
  }

  async summarizeMatches(query: MatchQuery): Promise<MatchSummary> {
    const valid = { ...validateMatchQuery(query), page: 1, hitsPerPage: 1 };
    try {
      const { plan, answer } = await this.#resolve(valid);
      const main = answer.results[0];
      const extra = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, { date: string }>({
        queries: [buildArticleCountQuery(plan.queries[0]!), ...buildDateEdgeQueries(plan.queries[0]!)],
      });
      const [articles, oldest, newest] = extra.results;
      return {
        paragraphs: main?.totalHits ?? 0,
        articles: articles?.totalHits ?? 0,
        facets: toFacetCounts(main?.facetDistribution, {}, emptyFilters()),
        firstDate: oldest?.hits[0]?.date ?? null,
        lastDate: newest?.hits[0]?.date ?? null,
      };
    } catch (error) {
      throw toReadError(error, 'summarizing matches', this.indexUid);
    }
  }

  /** Pages through the search within `maxTotalHits`; a total that moves between pages means a write landed. */
  async *streamHits(query: MatchQuery): AsyncIterable<StreamedHit> {
    const valid = { ...validateMatchQuery(query), page: 1, hitsPerPage: 1 };
    let pages: { main: MultiSearchQuery; total: number };
    try {
      const { plan, answer } = await this.#resolve(valid);
      pages = { main: plan.queries[0]!, total: answer.results[0]?.totalHits ?? 0 };
    } catch (error) {
      throw toReadError(error, 'streaming hits', this.indexUid);
    }
    const count = streamPageCount(pages.total);
    for (let page = 1; page <= count; page++) {
      let hits: StoredParagraph[];
      let articles: Map<string, StoredArticleMeta>;
      try {
        const answer = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, StoredParagraph>({
          queries: [buildStreamPageQuery(pages.main, page)],
        });
        const result = answer.results[0];
        if ((result?.totalHits ?? 0) !== pages.total) {
          throw new IndexChangedError('the index changed while its hits were being read: run the request again');
        }
        hits = result?.hits ?? [];
        articles = await this.#articleMetas(hits.map((hit) => hit.article));
      } catch (error) {
        if (error instanceof IndexChangedError) throw error;
        throw toReadError(error, 'streaming hits', this.indexUid);
      }
      for (const hit of hits) {
        const meta = articles.get(hit.article);
        yield { ...toParagraph(hit), title: meta?.title ?? '', source: meta?.source ?? null };
      }
    }
  }

  /** Runs the query, relaxed (last required words dropped) when nothing holds every word. */
  async #resolve(valid: SearchQuery) {
    const index = this.#live.paragraphs;
    const parsed = parseQuery(valid.q);
    let ran = parsed;
    let relaxed: QueryRelaxation | null = null;
    const first = await this.#runQuery(valid, parsed, index);
    let { plan, answer } = first;
    const required = requiredWords(parsed).length;
    if ((answer.results[0]?.totalHits ?? 0) === 0 && required > 1) {
      const probe = await this.client.multiSearch({ queries: [buildRelaxationProbe(first.q, index)] });
      const keep = keptWordsFrom(parsed, probe.results[0] ?? { hits: [] });
      if (keep >= 1 && keep < required) {
        const relaxation = relaxQuery(parsed, keep);
        ran = relaxation.query;
        relaxed = relaxation.relaxation;
        ({ plan, answer } = await this.#runQuery(valid, ran, index));
      }
    }
    return { ran, relaxed, plan, answer };
  }

  /** Looks up the query's stems, then runs the main and counting queries. */
  async #runQuery(valid: SearchQuery, parsed: ParsedQuery, index: string) {
    const engineQuery = toEngineQuery(parsed);
    const lookups = buildStemLookups(engineQuery.words, index);
    const knownStems =
      lookups.queries.length === 0
        ? new Set<string>()
        : knownStemsFrom(lookups.stems, (await this.client.multiSearch({ queries: lookups.queries })).results);
    const plan = buildSearchPlan(valid, engineQuery, knownStems, index);
    const answer = await this.client.multiSearch<{ queries: typeof plan.queries }, StoredParagraph>({
      queries: plan.queries,
    });
    return { plan, answer, q: toEngineQueryText(engineQuery, knownStems) };
  }

  async getParagraph(id: string): Promise<Paragraph | null> {
    if (!DOCUMENT_ID.test(id)) return null;
    const hits = await this.#find(equals('id', id), 1, 1);
    return hits[0] ? toParagraph(hits[0]) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const meta = (await this.#articleMetas([id])).get(id);
    if (!meta) return null;
    const paragraphs: Paragraph[] = [];
    for (let page = 1; ; page++) {
      const hits = await this.#find(equals('article', id), page, ARTICLE_PAGE, ['position:asc']);
      paragraphs.push(...hits.map(toParagraph));
      if (hits.length < ARTICLE_PAGE) break;
    }
    return { id, meta: toArticleMeta(meta), paragraphs };
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
      throw toReadError(error, 'looking up paragraphs', this.indexUid);
    }
  }

  /** The metadata of these articles, by id: stored once per article, joined to hits here. */
  async #articleMetas(ids: readonly string[]): Promise<Map<string, StoredArticleMeta>> {
    const unique = [...new Set(ids)];
    const metas = new Map<string, StoredArticleMeta>();
    if (unique.length === 0) return metas;
    try {
      const response = await this.client.index<StoredArticleMeta>(this.#live.articles).search('', {
        filter: [unique.map((id) => equals('article', id))],
        limit: unique.length,
        attributesToRetrieve: [...ARTICLE_META_FIELDS],
      });
      for (const doc of response.hits) metas.set(doc.article, doc);
      return metas;
    } catch (error) {
      throw toReadError(error, 'looking up articles', this.indexUid);
    }
  }

  /** Creates the pair if needed and applies the reviewed settings before any document. */
  async #prepare(pair: IndexPair): Promise<void> {
    await this.#createIfMissing(pair.paragraphs);
    await this.#createIfMissing(pair.articles);
    await runTask(() => this.client.index(pair.paragraphs).updateSettings(buildIndexSettings()), `configuring ${pair.paragraphs}`);
    await runTask(
      () => this.client.index(pair.articles).updateSettings(buildArticleIndexSettings()),
      `configuring ${pair.articles}`,
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
    await this.#createIfMissing(this.#live.articles);
    await runTask(
      () =>
        this.client.swapIndexes([
          { indexes: [this.#live.paragraphs, staging.paragraphs], rename: false },
          { indexes: [this.#live.articles, staging.articles], rename: false },
        ]),
      `swapping ${staging.paragraphs} into ${this.#live.paragraphs}`,
    );
    await this.#dropIndexes(staging);
  }

  async #dropIndexes(pair: IndexPair): Promise<void> {
    for (const uid of [pair.paragraphs, pair.articles]) {
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

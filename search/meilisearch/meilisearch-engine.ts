import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { IndexWriter, SearchEngine } from '../engine';
import { validateFacetValueSearch, withoutOwnSelection, type FacetValueCount, type FacetValueSearch } from '../facet-values';
import { createQueryMatcher, parseQuery, relaxQuery, requiredWords, type ParsedQuery } from '../french';
import { IndexChangedError, IndexMissingError } from '../errors';
import { emptyFilters } from '../facets';
import type {
  Article,
  FormerParagraph,
  MatchQuery,
  MatchSummary,
  Paragraph,
  QueryRelaxation,
  SearchQuery,
  SearchResult,
  SpellingSuggestion,
  StreamedHit,
} from '../types';
import { validateMatchQuery, validateQuery } from '../validate-query';
import { toEngineQuery, toEngineQueryText } from './analysis';
import { apiErrorCode, MeilisearchEngineError, toEngineError } from './errors';
import { KEYED_FACETS } from './facet-keys';
import { buildFacetKeySearch, buildLabelledCount, fromDistribution, fromFacetKeyHits } from './facet-value-request';
import { equals } from './filter';
import { FORMER_IDS, readPreviousVersions } from './former-ids';
import { isStagingIndexOf, liveIndexes, newRev, stagingIndexes, type IndexPair } from './index-names';
import { buildArticleCountQuery, buildDateEdgeQueries, buildStreamPageQuery, streamPageCount } from './match-set';
import { toFacetCounts, toSearchResult } from './response';
import { buildRelaxationProbe, buildSearchPlan, buildStemLookups, keptWordsFrom, knownStemsFrom } from './search-request';
import { buildArticleIndexSettings, buildIndexSettings, TYPO_TOLERANCE } from './settings';
import { isWorthSuggesting, respeltQuery, respellableWords } from '../spelling';
import {
  buildRespellingProbes,
  buildTermCounts,
  chooseRespellings,
  respellingsFromProbes,
  termCountsFrom,
  termsToCount,
} from './suggestion';
import { runTask } from './tasks';
import { mergeGuardedWords } from './typo-guard';
import {
  ARTICLE_META_FIELDS,
  toArticleMeta,
  toParagraph,
  toPersonSpellings,
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
    return this.#readArticleField('fingerprint', (doc) => doc.fingerprint, 'reading article fingerprints');
  }

  async getArticlePersonSpellings(): Promise<Map<string, string[]>> {
    return this.#readArticleField('person_spellings', toPersonSpellings, 'reading article person spellings');
  }

  /** One field of every article document, by article id (none before the first indexing run). */
  async #readArticleField<T>(
    field: keyof ArticleDocument,
    read: (doc: ArticleDocument) => T,
    what: string,
  ): Promise<Map<string, T>> {
    const values = new Map<string, T>();
    const index = this.client.index<ArticleDocument>(this.#live.articles);
    try {
      for (let offset = 0; ; offset += ARTICLE_PAGE) {
        const page = await index.getDocuments({ fields: ['article', field], limit: ARTICLE_PAGE, offset });
        for (const doc of page.results) values.set(doc.article, read(doc));
        if (page.results.length < ARTICLE_PAGE) break;
      }
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return values;
      throw toEngineError(error, what);
    }
    return values;
  }

  async beginWrite({ replaceAll }: { replaceAll: boolean }): Promise<IndexWriter> {
    const rev = newRev();
    if (!replaceAll) {
      await this.#prepare(this.#live);
      return new MeilisearchIndexWriter(
        this.writeClient,
        this.#live,
        rev,
        {
          publish: (guarded) => this.#guardTypos(this.#live.paragraphs, guarded, { merge: true }),
          discard: async () => {},
        },
        readPreviousVersions(this.writeClient, this.#live),
      );
    }
    await this.#dropStagingIndexes();
    const staging = stagingIndexes(this.indexUid, rev);
    await this.#prepare(staging);
    return new MeilisearchIndexWriter(
      this.writeClient,
      staging,
      rev,
      {
        publish: async (guarded) => {
          await this.#guardTypos(staging.paragraphs, guarded, { merge: false });
          await this.#swapIn(staging);
        },
        discard: () => this.#dropIndexes(staging),
      },
      readPreviousVersions(this.writeClient, this.#live),
    );
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const valid = validateQuery(query);
    const result = await this.#search(valid);
    return { ...result, suggestion: await this.#suggest(valid, result) };
  }

  /** "Vouliez-vous dire …" for a search that found little (see `search/spelling.ts`, `suggestion.ts`). */
  async #suggest(query: SearchQuery, result: SearchResult): Promise<SpellingSuggestion | null> {
    // Hits that hold only part of the query are no hits of it.
    const total = result.relaxed ? 0 : result.total;
    if (!isWorthSuggesting(total, Number.MAX_SAFE_INTEGER)) return null;
    const words = respellableWords(query.q);
    if (words.length === 0) return null;
    const index = this.#live.paragraphs;
    try {
      const probes = await this.client.multiSearch({ queries: buildRespellingProbes(words, index) });
      const found = words.map((w, i) => respellingsFromProbes(w.parts[0]!.norm, probes.results.slice(2 * i, 2 * i + 2)));
      const terms = termsToCount(words, found);
      const counted = await this.client.multiSearch({ queries: buildTermCounts(terms, index) });
      const respellings = chooseRespellings(words, found, termCountsFrom(counted.results));
      if (respellings.size === 0) return null;
      const respelt = respeltQuery(query.q, respellings);
      const answer = await this.#search({ ...query, q: respelt, page: 1, hitsPerPage: 1 });
      const count = answer.relaxed ? 0 : answer.total;
      return isWorthSuggesting(total, count) ? { query: respelt, total: count } : null;
    } catch (error) {
      throw toReadError(error, 'looking for a respelling', this.indexUid);
    }
  }

  async #search(valid: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    try {
      const { ran, relaxed, plan, answer } = await this.#runRelaxing(valid);
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

  async searchFacetValues(request: FacetValueSearch): Promise<FacetValueCount[]> {
    const { facet, text, label, query } = validateFacetValueSearch(request);
    const under = withoutOwnSelection(query, facet);
    const index = this.client.index(this.#live.paragraphs);
    try {
      // The query as the search runs it (stems looked up, relaxed when nothing holds every word).
      const { q } = await this.#runRelaxing({ ...under, page: 1, hitsPerPage: 1 });
      if (KEYED_FACETS.includes(facet) && !label) {
        const response = await index.searchForFacetValues(buildFacetKeySearch(facet, text, under, q));
        return fromFacetKeyHits(response.facetHits, text);
      }
      const response = await index.search(q, buildLabelledCount(facet, under));
      return fromDistribution(response.facetDistribution, facet, text, label ?? ((value) => value));
    } catch (error) {
      throw toReadError(error, 'searching facet values', this.indexUid);
    }
  }

  async summarizeMatches(query: MatchQuery): Promise<MatchSummary> {
    const valid = { ...validateMatchQuery(query), page: 1, hitsPerPage: 1 };
    try {
      const { plan, answer } = await this.#runRelaxing(valid);
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
      const { plan, answer } = await this.#runRelaxing(valid);
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

  /** Runs the query; when nothing holds every required word, drops words from the end as Meilisearch's probe says. */
  async #runRelaxing(valid: SearchQuery) {
    const index = this.#live.paragraphs;
    const parsed = parseQuery(valid.q);
    let ran = parsed;
    let relaxed: QueryRelaxation | null = null;
    let run = await this.#runQuery(valid, parsed, index);
    const required = requiredWords(parsed).length;
    if ((run.answer.results[0]?.totalHits ?? 0) === 0 && required > 1) {
      const probe = await this.client.multiSearch({ queries: [buildRelaxationProbe(run.q, index)] });
      const keep = keptWordsFrom(parsed, probe.results[0] ?? { hits: [] });
      if (keep >= 1 && keep < required) {
        const relaxation = relaxQuery(parsed, keep);
        ran = relaxation.query;
        relaxed = relaxation.relaxation;
        run = await this.#runQuery(valid, ran, index);
      }
    }
    return { ...run, ran, relaxed };
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

  async resolveFormerParagraph(id: string): Promise<FormerParagraph | null> {
    if (!DOCUMENT_ID.test(id)) return null;
    const [paragraph] = await this.#find(equals(FORMER_IDS, id), 1, 1);
    if (paragraph) return { article: paragraph.article, paragraphId: paragraph.id };
    try {
      const { hits } = await this.client
        .index<StoredArticleMeta>(this.#live.articles)
        .search('', { filter: equals(FORMER_IDS, id), limit: 1, attributesToRetrieve: ['article'] });
      return hits[0] ? { article: hits[0].article, paragraphId: null } : null;
    } catch (error) {
      throw toReadError(error, 'looking up a former paragraph', this.indexUid);
    }
  }

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

  /**
   * Turns typo tolerance off for the guarded words (exact words that would read as another
   * frequent word); an incremental run adds to the list, a full rebuild replaces it.
   */
  async #guardTypos(uid: string, guarded: string[], { merge }: { merge: boolean }): Promise<void> {
    const index = this.client.index(uid);
    let current: string[] = [];
    if (merge) {
      try {
        current = (await index.getTypoTolerance())?.disableOnWords ?? [];
      } catch (error) {
        throw toEngineError(error, `reading the typo settings of ${uid}`);
      }
    }
    const words = mergeGuardedWords(current, guarded);
    if (merge && words.length === current.length) return;
    await runTask(() => index.updateTypoTolerance({ ...TYPO_TOLERANCE, disableOnWords: words }), `guarding ${words.length} words from typos in ${uid}`);
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

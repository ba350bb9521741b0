import { createHash } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import type { IndexWriter } from '../engine';
import type { ArticleMeta, IndexedArticle } from '../types';
import { DocumentBatch } from './batching';
import { MeilisearchEngineError } from './errors';
import { equals } from './filter';
import { applyFormerIds, type PreviousVersionSource } from './former-ids';
import type { IndexPair } from './index-names';
import { runTask, TASK_TIMEOUT_MS } from './tasks';
import { guardedWords, WordFrequencies } from './typo-guard';
import { toArticleDocument, toMeiliDocument, type ArticleDocument, type MeiliParagraphDocument } from './to-document';

/** Document ids Meilisearch accepts (and that our paragraph ids are made of). */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

/** How many articles one stale-paragraph deletion filter names. */
const ARTICLES_PER_DELETE = 200;

/** The articles-index document id of an article: its id hashed (ids are file names). */
export function articleDocId(article: string): string {
  return createHash('sha256').update(article, 'utf8').digest('hex').slice(0, 40);
}

export class InvalidArticleError extends MeilisearchEngineError {
  override name = 'InvalidArticleError';
}

function validateArticle(article: IndexedArticle): void {
  for (const paragraph of article.paragraphs) {
    if (!DOCUMENT_ID.test(paragraph.id)) {
      throw new InvalidArticleError(`article ${article.id}: invalid paragraph id ${JSON.stringify(paragraph.id)}`);
    }
  }
}

/**
 * Writes into `target`. Every version written carries `rev`; after a batch is stored, the
 * paragraphs of its articles with another `rev` are deleted, so an article is replaced without
 * a moment where it is missing. `publish` runs at commit (the swap, for a full re-index) with
 * the words to keep typo tolerance off for (see `typo-guard.ts`); `discard` runs at abort
 * (dropping the staging indexes).
 */
export class MeilisearchIndexWriter implements IndexWriter {
  readonly #batch = new DocumentBatch<MeiliParagraphDocument>();
  readonly #articles = new Map<string, { fingerprint: string; meta: ArticleMeta; personSpellings?: string[] }>();
  readonly #words = new WordFrequencies();
  #done = false;

  constructor(
    private readonly client: Meilisearch,
    private readonly target: IndexPair,
    private readonly rev: string,
    private readonly hooks: { publish(guarded: string[]): Promise<void>; discard(): Promise<void> },
    /** Where the articles' previous versions are read, for links to their edited paragraphs. */
    private readonly previousVersions?: PreviousVersionSource,
  ) {}

  async putArticle(article: IndexedArticle): Promise<void> {
    this.#assertOpen();
    validateArticle(article);
    const docs = article.paragraphs.map((p) => toMeiliDocument(p, article, this.rev));
    if (this.#articles.has(article.id) || this.#batch.wouldOverflow(docs)) await this.#flush();
    this.#batch.add(docs);
    for (const paragraph of article.paragraphs) this.#words.add(paragraph.text);
    const { fingerprint, meta, personSpellings } = article;
    this.#articles.set(article.id, { fingerprint, meta, personSpellings });
  }

  async deleteArticle(id: string): Promise<void> {
    this.#assertOpen();
    await this.#flush();
    await runTask(
      () => this.client.index(this.target.paragraphs).deleteDocuments({ filter: equals('article', id) }),
      `deleting the paragraphs of article ${id}`,
      TASK_TIMEOUT_MS.documents,
    );
    await runTask(
      () => this.client.index(this.target.articles).deleteDocuments([articleDocId(id)]),
      `deleting the metadata of article ${id}`,
    );
  }

  async commit(): Promise<void> {
    this.#assertOpen();
    await this.#flush();
    this.#done = true;
    await this.hooks.publish(guardedWords(this.#words.counts));
  }

  async abort(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    this.#batch.take();
    this.#articles.clear();
    await this.hooks.discard();
  }

  #assertOpen(): void {
    if (this.#done) throw new MeilisearchEngineError('this write was already committed or aborted');
  }

  /** Stores the batch, removes stale paragraphs of its articles, then records their metadata, fingerprints and spellings. */
  async #flush(): Promise<void> {
    if (this.#articles.size === 0) return;
    const docs = this.#batch.take();
    const articles = [...this.#articles];
    this.#articles.clear();
    const records = articles.map(([id, article]) => toArticleDocument({ id, ...article }, articleDocId(id), this.rev));
    if (this.previousVersions) applyFormerIds(docs, records, await this.previousVersions(articles.map(([id]) => id)));
    const paragraphs = this.client.index<MeiliParagraphDocument>(this.target.paragraphs);
    if (docs.length > 0) {
      await runTask(
        () => paragraphs.addDocuments(docs, { primaryKey: 'id' }),
        `storing ${docs.length} paragraphs`,
        TASK_TIMEOUT_MS.documents,
      );
    }
    for (let i = 0; i < articles.length; i += ARTICLES_PER_DELETE) {
      const chunk = articles.slice(i, i + ARTICLES_PER_DELETE);
      await runTask(
        () =>
          paragraphs.deleteDocuments({
            filter: [chunk.map(([id]) => equals('article', id)), `NOT ${equals('rev', this.rev)}`],
          }),
        `removing stale paragraphs of ${chunk.length} articles`,
        TASK_TIMEOUT_MS.documents,
      );
    }
    await runTask(
      () => this.client.index<ArticleDocument>(this.target.articles).addDocuments(records, { primaryKey: 'id' }),
      `recording ${records.length} articles`,
      TASK_TIMEOUT_MS.documents,
    );
  }
}

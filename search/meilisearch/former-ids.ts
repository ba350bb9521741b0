import type { Meilisearch } from 'meilisearch';
import { carryRedirects, type PreviousVersion } from '../relocation';
import { apiErrorCode, toEngineError } from './errors';
import { equals } from './filter';
import type { IndexPair } from './index-names';
import type { ArticleDocument, MeiliParagraphDocument } from './to-document';

/*
 * Links to edited paragraphs, on Meilisearch: a paragraph document lists in `former_ids` the ids
 * of earlier versions' paragraphs that now lead to it; the article document lists those that lead
 * to no paragraph (nothing close enough: the article's top). Both fields are filterable, so the
 * web app's search-only key resolves an old id with one search.
 */

/** The field, on both indexes, listing the former paragraph ids a document answers for. */
export const FORMER_IDS = 'former_ids';

/** The fields of a previous version's paragraph the writer reads back. */
export type PreviousParagraphDoc = Pick<MeiliParagraphDocument, 'id' | 'article' | 'text'> & { former_ids?: unknown };
export type PreviousArticleDoc = Pick<ArticleDocument, 'article'> & { former_ids?: unknown };

/** Reads the previous version of these articles (one map entry per article found). */
export type PreviousVersionSource = (articles: readonly string[]) => Promise<Map<string, PreviousVersion>>;

function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The previous versions, per article, from the documents read back. */
export function toPreviousVersions(
  paragraphs: readonly PreviousParagraphDoc[],
  articles: readonly PreviousArticleDoc[],
): Map<string, PreviousVersion> {
  const versions = new Map<string, PreviousVersion>();
  const versionOf = (article: string) => {
    let version = versions.get(article);
    if (!version) versions.set(article, (version = { paragraphs: [], redirects: new Map() }));
    return version;
  };
  for (const doc of articles) {
    const version = versionOf(doc.article);
    for (const former of idList(doc.former_ids)) version.redirects.set(former, null);
  }
  for (const doc of paragraphs) {
    const version = versionOf(doc.article);
    version.paragraphs.push({ id: doc.id, text: doc.text });
    for (const former of idList(doc.former_ids)) version.redirects.set(former, doc.id);
  }
  return versions;
}

/**
 * Sets `former_ids` on the new documents of a batch and on their articles' records, from their
 * previous versions. Mutates the documents (they are the batch about to be sent).
 */
export function applyFormerIds(
  docs: readonly MeiliParagraphDocument[],
  records: readonly ArticleDocument[],
  previous: ReadonlyMap<string, PreviousVersion>,
): void {
  const byArticle = new Map<string, MeiliParagraphDocument[]>();
  for (const doc of docs) {
    doc.former_ids = [];
    const list = byArticle.get(doc.article);
    if (list) list.push(doc);
    else byArticle.set(doc.article, [doc]);
  }
  for (const record of records) {
    const unplaced: string[] = [];
    const next = byArticle.get(record.article) ?? [];
    const version = previous.get(record.article);
    if (version) {
      const byId = new Map(next.map((doc) => [doc.id, doc]));
      for (const [former, target] of carryRedirects(version.paragraphs, version.redirects, next)) {
        const doc = target === null ? undefined : byId.get(target);
        if (doc) (doc.former_ids as string[]).push(former);
        else unplaced.push(former);
      }
    }
    record.former_ids = unplaced.sort();
    for (const doc of next) (doc.former_ids as string[]).sort();
  }
}

const PAGE = 1_000;
const ARTICLES_PER_READ = 200;

/** Reads previous versions from `pair` (the serving indexes): none when they do not exist yet. */
export function readPreviousVersions(client: Meilisearch, pair: IndexPair): PreviousVersionSource {
  return async (articles) => {
    const paragraphs: PreviousParagraphDoc[] = [];
    const records: PreviousArticleDoc[] = [];
    try {
      for (let i = 0; i < articles.length; i += ARTICLES_PER_READ) {
        const filter = [articles.slice(i, i + ARTICLES_PER_READ).map((id) => equals('article', id))];
        for (let offset = 0; ; offset += PAGE) {
          const page = await client
            .index<PreviousParagraphDoc>(pair.paragraphs)
            .getDocuments({ filter, fields: ['id', 'article', 'text', 'former_ids'], limit: PAGE, offset });
          paragraphs.push(...page.results);
          if (page.results.length < PAGE) break;
        }
        const found = await client
          .index<PreviousArticleDoc>(pair.articles)
          .getDocuments({ filter, fields: ['article', 'former_ids'], limit: ARTICLES_PER_READ });
        records.push(...found.results);
      }
    } catch (error) {
      if (apiErrorCode(error) === 'index_not_found') return new Map();
      throw toEngineError(error, 'reading the previous versions of articles');
    }
    return toPreviousVersions(paragraphs, records);
  };
}

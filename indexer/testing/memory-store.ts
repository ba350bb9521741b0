import type { Article, IndexedArticle, IndexWriter } from '../../search/index';
import type { IndexStore } from '../push/run';

/**
 * An in-memory `IndexStore` for the job's unit tests: writes are staged and published on
 * `commit()` only, like the engine contract says. It counts what it receives.
 */
export function createMemoryStore() {
  let published = new Map<string, IndexedArticle>();
  const calls = { put: [] as string[], delete: [] as string[], commits: 0, aborts: 0 };

  const store: IndexStore = {
    getArticleFingerprints: () =>
      Promise.resolve(new Map([...published.values()].map((a) => [a.id, a.fingerprint]))),
    getArticlePersonSpellings: () =>
      Promise.resolve(new Map([...published.values()].map((a) => [a.id, a.personSpellings ?? []]))),
    getArticle: (id) => {
      const a = published.get(id);
      if (!a) return Promise.resolve(null);
      const article: Article = {
        id,
        meta: a.meta,
        paragraphs: a.paragraphs.map((p) => ({ ...p, article: id, date: a.meta.date })),
      };
      return Promise.resolve(article);
    },
    beginWrite: ({ replaceAll }) => {
      const staged = replaceAll ? new Map<string, IndexedArticle>() : new Map(published);
      const writer: IndexWriter = {
        putArticle: (article) => {
          calls.put.push(article.id);
          staged.set(article.id, structuredClone(article));
          return Promise.resolve();
        },
        deleteArticle: (id) => {
          calls.delete.push(id);
          staged.delete(id);
          return Promise.resolve();
        },
        commit: () => {
          calls.commits += 1;
          published = staged;
          return Promise.resolve();
        },
        abort: () => {
          calls.aborts += 1;
          return Promise.resolve();
        },
      };
      return Promise.resolve(writer);
    },
  };
  return { store, calls, articles: () => published };
}

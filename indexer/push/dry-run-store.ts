import type { IndexStore } from './run';

/** A store that knows no article and writes nothing: every article is processed and reported. */
export function createDryRunStore(): IndexStore {
  return {
    getArticleFingerprints: () => Promise.resolve(new Map()),
    getArticlePersonSpellings: () => Promise.resolve(new Map()),
    getArticle: () => Promise.resolve(null),
    beginWrite: () =>
      Promise.resolve({
        putArticle: () => Promise.resolve(),
        deleteArticle: () => Promise.resolve(),
        commit: () => Promise.resolve(),
        abort: () => Promise.resolve(),
      }),
  };
}

import type { Article, IndexedArticle, IndexWriter } from '../../search/index';
import { personSpellingsOf, withCanonicalPersons } from '../names/article-persons';
import { buildNameRegistry, changedNameKeys } from '../names/name-registry';
import { personNameKey } from '../names/person-name-key';
import { toIndexedArticle } from './previous-article';

export interface SettleNamesDeps {
  writer: IndexWriter;
  /** The article as committed before this run (holding the spellings chosen then). */
  readPrevious: (id: string) => Promise<Article | null>;
  previousFingerprints: ReadonlyMap<string, string>;
  onIndexed: (article: IndexedArticle, file: string) => void;
  /** Called between articles: lets signal handlers run, and throws to stop the run. */
  checkpoint?: () => Promise<void>;
}

const CHECKPOINT_EVERY_ARTICLES = 32;

/**
 * The corpus-wide step after tagging: one spelling per person for the whole index. The articles
 * tagged in this run wait here (in memory) until every article's spellings are known, so each is
 * sent once; an article the run did not tag (unchanged, or kept after its file went bad) is
 * re-sent when the spelling chosen for one of its names changed. The spellings each article was
 * written with are stored beside it, so an incremental run redoes the choice without re-tagging.
 */
export function createNameSettlement(previousSpellings: ReadonlyMap<string, readonly string[]>) {
  const spellings = new Map(previousSpellings);
  const tagged: Array<{ article: IndexedArticle; file: string }> = [];

  return {
    /** An article tagged in this run (from `file`), to be sent by `settle`. */
    add(article: IndexedArticle, file: string): void {
      const personSpellings = personSpellingsOf(article.paragraphs);
      spellings.set(article.id, personSpellings);
      tagged.push({ article: { ...article, personSpellings }, file });
    },

    /** An article leaving the index (file gone, or failed with no version to keep). */
    forget(id: string): void {
      spellings.delete(id);
    },

    /** Sends the tagged articles with the chosen spellings and re-sends the others that need it; returns how many were re-sent. */
    async settle(deps: SettleNamesDeps): Promise<number> {
      const before = buildNameRegistry(previousSpellings.values());
      const after = buildNameRegistry(spellings.values());
      const sent = new Set<string>();
      let written = 0;
      const checkpoint = async () => {
        if (++written % CHECKPOINT_EVERY_ARTICLES === 0) await deps.checkpoint?.();
      };
      for (const { article, file } of tagged) {
        await checkpoint();
        const named = { ...article, paragraphs: withCanonicalPersons(article.paragraphs, after) };
        await deps.writer.putArticle(named);
        sent.add(article.id);
        deps.onIndexed(named, file);
      }
      const changed = changedNameKeys(before, after);
      let resent = 0;
      for (const [id, names] of spellings) {
        if (sent.has(id) || !names.some((name) => changed.has(personNameKey(name)))) continue;
        await checkpoint();
        const previous = await deps.readPrevious(id);
        const fingerprint = deps.previousFingerprints.get(id);
        if (!previous || fingerprint === undefined) continue;
        const article = toIndexedArticle(previous, fingerprint, names);
        await deps.writer.putArticle({ ...article, paragraphs: withCanonicalPersons(article.paragraphs, after) });
        resent += 1;
      }
      return resent;
    },
  };
}

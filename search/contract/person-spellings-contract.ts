import { describe, expect, it } from 'vitest';
import type { IndexWriter, SearchEngine } from '../engine';
import type { IndexedArticle } from '../types';
import type { OpenContractEngine } from './engine-contract';
import { useFreshEngine } from './fresh-engine';
import { CONTRACT_ARTICLES } from './fixtures';

const [first, second] = CONTRACT_ARTICLES as [IndexedArticle, IndexedArticle, ...IndexedArticle[]];

async function write(engine: SearchEngine, replaceAll: boolean, work: (writer: IndexWriter) => Promise<void>): Promise<void> {
  const writer = await engine.beginWrite({ replaceAll });
  await work(writer);
  await writer.commit();
}

/** The person spellings stored with each article: the indexer's memory of how articles spelled names. */
export function describePersonSpellingsContract(adapterName: string, open: OpenContractEngine): void {
  describe(`${adapterName} engine contract: person spellings`, () => {
    const engineOf = useFreshEngine(open);

    it('returns each article’s spellings as written; an article written without any has none', async () => {
      const engine = engineOf();
      await write(engine, true, async (writer) => {
        await writer.putArticle({ ...first, personSpellings: ['Kaïs Saïed', 'Mohammed Ben Salmane'] });
        await writer.putArticle(second);
      });
      expect(Object.fromEntries(await engine.getArticlePersonSpellings())).toEqual({
        [first.id]: ['Kaïs Saïed', 'Mohammed Ben Salmane'],
        [second.id]: [],
      });
    });

    it('replaces them when the article is put again and forgets them when it is deleted', async () => {
      const engine = engineOf();
      await write(engine, true, async (writer) => {
        await writer.putArticle({ ...first, personSpellings: ['Kais Saied'] });
        await writer.putArticle({ ...second, personSpellings: ['J. R. R. Tolkien'] });
      });
      await write(engine, false, async (writer) => {
        await writer.putArticle({ ...first, personSpellings: ['Kaïs Saïed'] });
        await writer.deleteArticle(second.id);
      });
      expect(Object.fromEntries(await engine.getArticlePersonSpellings())).toEqual({ [first.id]: ['Kaïs Saïed'] });
    });

    it('keeps the committed ones when a write is aborted', async () => {
      const engine = engineOf();
      await write(engine, true, async (writer) => writer.putArticle({ ...first, personSpellings: ['Kais Saied'] }));
      const writer = await engine.beginWrite({ replaceAll: false });
      await writer.putArticle({ ...first, personSpellings: ['Kaïs Saïed'] });
      await writer.abort();
      expect(Object.fromEntries(await engine.getArticlePersonSpellings())).toEqual({ [first.id]: ['Kais Saied'] });
    });
  });
}

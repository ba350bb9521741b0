import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine';
import type { IndexedArticle, ParagraphInput } from '../types';
import type { OpenContractEngine } from './engine-contract';
import { seedEngine } from './engine-contract';
import { CONTRACT_ARTICLES } from './fixtures';

const ARTICLE = 'budget-algerie';
const LEDE = 'Le gouvernement algérien a présenté mardi son projet de loi de finances pour l’année prochaine.';
const CUT =
  'Le texte prévoit une hausse de douze pour cent des dépenses d’équipement, portée par les recettes du gaz naturel.';
const CUT_EDITED =
  'Le texte prévoit une hausse de quinze pour cent des dépenses d’équipement, portée par les recettes du gaz naturel.';
const CUT_EDITED_AGAIN =
  'Le texte prévoit une hausse de quinze pour cent des dépenses d’équipement, portée par les recettes du gaz naturel et du pétrole.';
const REWRITTEN = 'Aucun chiffre n’a été communiqué sur les investissements publics, selon plusieurs députés.';

function version(texts: string[], fingerprint: string): IndexedArticle {
  const paragraphs: ParagraphInput[] = texts.map((text, i) => ({
    id: `${ARTICLE}-${fingerprint}-${i + 1}`,
    position: i + 1,
    section: null,
    text,
    facets: { persons: [], countries: ['DZ'] },
  }));
  return {
    id: ARTICLE,
    fingerprint,
    meta: { title: 'Loi de finances', date: '2024-10-01', source: null, sourceUrl: null },
    paragraphs,
  };
}

async function put(engine: SearchEngine, article: IndexedArticle, replaceAll = false): Promise<void> {
  const writer = await engine.beginWrite({ replaceAll });
  await writer.putArticle(article);
  if (replaceAll) for (const other of CONTRACT_ARTICLES) await writer.putArticle(other);
  await writer.commit();
}

/** Links to a paragraph that an edit made disappear: where they lead now, on every adapter. */
export function describeFormerParagraphContract(adapterName: string, open: OpenContractEngine): void {
  describe(`${adapterName} engine contract: links to edited paragraphs`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const v1 = version([LEDE, CUT], 'v1');
    const v2 = version([LEDE, CUT_EDITED], 'v2');
    const v3 = version([LEDE, CUT_EDITED_AGAIN], 'v3');
    const idOf = (article: IndexedArticle, position: number) => article.paragraphs[position - 1]!.id;

    beforeAll(async () => {
      ({ engine, cleanup } = await open());
    });
    afterAll(async () => {
      await cleanup();
    });

    it('leads an edited paragraph’s id to the closest paragraph of the new version', async () => {
      await seedEngine(engine, [...CONTRACT_ARTICLES, v1]);
      expect(await engine.resolveFormerParagraph(idOf(v1, 2))).toBeNull();
      await put(engine, v2);
      expect(await engine.getParagraph(idOf(v1, 2))).toBeNull();
      expect(await engine.resolveFormerParagraph(idOf(v1, 2))).toEqual({ article: ARTICLE, paragraphId: idOf(v2, 2) });
      expect(await engine.resolveFormerParagraph(idOf(v1, 1))).toEqual({ article: ARTICLE, paragraphId: idOf(v2, 1) });
      expect(await engine.resolveFormerParagraph('budget-algerie-never')).toBeNull();
    });

    it('keeps a chain of edits working, also through a full rebuild', async () => {
      await seedEngine(engine, [...CONTRACT_ARTICLES, v1]);
      await put(engine, v2);
      await put(engine, v3, true);
      for (const old of [idOf(v1, 2), idOf(v2, 2)]) {
        expect(await engine.resolveFormerParagraph(old)).toEqual({ article: ARTICLE, paragraphId: idOf(v3, 2) });
      }
    });

    it('leads to the article alone when no paragraph is close enough, and forgets a deleted article', async () => {
      await seedEngine(engine, [...CONTRACT_ARTICLES, v1]);
      const rewritten = version([LEDE, REWRITTEN], 'v4');
      await put(engine, rewritten);
      expect(await engine.resolveFormerParagraph(idOf(v1, 2))).toEqual({ article: ARTICLE, paragraphId: null });
      const writer = await engine.beginWrite({ replaceAll: false });
      await writer.deleteArticle(ARTICLE);
      await writer.commit();
      expect(await engine.resolveFormerParagraph(idOf(v1, 2))).toBeNull();
    });
  });
}

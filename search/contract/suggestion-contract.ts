import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine';
import type { IndexedArticle } from '../types';
import type { OpenContractEngine } from './engine-contract';
import { makeQuery, seedEngine } from './engine-contract';

const SENTENCES = [
  'Le président Abdelmadjid Tebboune a reçu le Premier ministre à Alger.',
  'Abdelmadjid Tebboune a annoncé une révision de la loi de finances.',
  'Les partisans de Tebboune ont salué un discours ferme sur le gaz.',
  'Tebboune a promis de nouveaux logements sociaux avant la fin de l’année.',
];

function article(id: string, country: string, texts: string[]): IndexedArticle {
  return {
    id,
    fingerprint: `fp-${id}`,
    meta: { title: `Article ${id}`, date: '2024-05-02', source: null, sourceUrl: null },
    paragraphs: texts.map((text, i) => ({
      id: `${id}-p${i + 1}`,
      position: i + 1,
      section: null,
      text,
      facets: { persons: [], countries: [country] },
    })),
  };
}

/** Twelve paragraphs name Tebboune; one article of Tunisia says nothing of him. */
const CORPUS = [
  article('alger-1', 'DZ', SENTENCES),
  article('alger-2', 'DZ', SENTENCES.map((s) => s.replace('.', ', selon l’agence officielle.'))),
  article('alger-3', 'DZ', SENTENCES.map((s) => s.replace('.', ', a rapporté la télévision.'))),
  article('tunis', 'TN', ['Le président tunisien a dissous le conseil municipal de Sfax.']),
];
/** The same, plus one paragraph that misspells the name. */
const WITH_MISSPELLING = [...CORPUS, article('coquille', 'DZ', ['Une dépêche évoque Tebounne, sans autre détail.'])];

/** "Vouliez-vous dire …" on every adapter: when a search gets a respelling, and which. */
export function describeSuggestionContract(adapterName: string, open: OpenContractEngine): void {
  describe(`${adapterName} engine contract: spelling suggestions`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const suggestionFor = async (q: string, overrides: Parameters<typeof makeQuery>[1] = {}) =>
      (await engine.search(makeQuery(q, overrides))).suggestion ?? null;

    beforeAll(async () => {
      ({ engine, cleanup } = await open());
    });
    afterAll(async () => {
      await cleanup();
    });

    it('suggests the spelling the index uses when a search finds nothing, with what it finds', async () => {
      await seedEngine(engine, CORPUS);
      expect((await engine.search(makeQuery('Tebounne'))).total).toBe(0);
      expect(await suggestionFor('Tebounne')).toEqual({ query: 'Tebboune', total: 12 });
      expect(await suggestionFor('président Tebounne')).toEqual({ query: 'président Tebboune', total: 3 });
    });

    it('suggests nothing when the search finds plenty, or when no respelling finds anything', async () => {
      await seedEngine(engine, CORPUS);
      expect(await suggestionFor('Tebboune')).toBeNull();
      expect(await suggestionFor('Tebounne', { filters: { countries: ['TN'] } })).toBeNull();
      expect(await suggestionFor('xqzwvk')).toBeNull();
      expect(await suggestionFor('"Tebounne"')).toBeNull();
    });

    it('suggests over a few hits only when the respelling finds ten times more', async () => {
      await seedEngine(engine, WITH_MISSPELLING);
      expect((await engine.search(makeQuery('Tebounne'))).total).toBe(1);
      expect(await suggestionFor('Tebounne')).toEqual({ query: 'Tebboune', total: 12 });
      expect(await suggestionFor('Tebounne', { filters: { countries: ['DZ'] } })).toEqual({ query: 'Tebboune', total: 12 });
    });
  });
}

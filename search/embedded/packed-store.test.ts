import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/corpus';
import type { SearchEngine } from '../engine';
import { emptyFilters } from '../facets';
import { tokenize } from '../french/index';
import type { IndexedArticle } from '../types';
import { loadFacetCache, type FacetCache } from './facet-cache';
import { openEmbeddedEngine } from './index';
import { FACET_PENDING_LIMIT, readFacetCache, readVocabulary, VOCABULARY_PENDING_LIMIT } from './packed-store';
import { DATABASE_FILE } from './schema';
import { canonical } from './testing/canonical-facets';
import type { Vocabulary } from './vocabulary';

const WORDS = ['frontière', 'armée', 'négociation', 'tempête', 'président', 'accord', 'sommet', 'réforme', 'budget', 'élection'];
const PERSONS = ['Ana Lima', 'Bo Diallo', 'Cy Martin', 'Di Chen'];
const COUNTRIES = ['FR', 'MA', 'US', 'DE'];

/** An article of random words (some made up, so each commit adds words) and random facets. */
function randomArticle(id: string, paragraphs: number, random: () => number, version: number): IndexedArticle {
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)]!;
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  return {
    id,
    fingerprint: `${id}-${version}`,
    meta: { title: id, date: `202${Math.floor(random() * 4)}-${month}-0${1 + Math.floor(random() * 9)}`, source: null, sourceUrl: null },
    personSpellings: [],
    paragraphs: Array.from({ length: paragraphs }, (_, i) => {
      const text = Array.from({ length: 6 }, () => (random() < 0.2 ? `mot${Math.floor(random() * 1e6)}` : pick(WORDS))).join(' ');
      return {
        id: `${id}-${version}-${i}`,
        position: i,
        section: null,
        text: `${text}.`,
        facets: { persons: PERSONS.filter(() => random() < 0.3), countries: COUNTRIES.filter(() => random() < 0.3) },
      };
    }),
  };
}

describe('packed store: what the writer stores at each commit', () => {
  let dataDir: string;
  let writer: SearchEngine;
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-packed-'));
    writer = await openEmbeddedEngine({ dataDir, readonly: false });
  });
  afterEach(async () => {
    await writer.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // A long-running reader's caches, each version built from the one before when it can.
  let heldFacets: FacetCache | null = null;
  let heldVocabulary: Vocabulary | null = null;

  /** Reads the store as a new reader would, as a running one would, and as a rebuild from every row would. */
  function readBoth() {
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      const terms = db.prepare('SELECT term FROM vocabulary').pluck().all() as string[];
      const vocabulary = readVocabulary(db);
      heldFacets = readFacetCache(db, heldFacets);
      heldVocabulary = readVocabulary(db, heldVocabulary);
      const held = heldVocabulary;
      return {
        held: canonical(heldFacets),
        heldMissingWords: terms.filter((t) => !held.words.has(t)),
        stored: canonical(readFacetCache(db)),
        rebuilt: canonical(loadFacetCache(db)),
        missingWords: terms.filter((t) => !vocabulary.words.has(t)),
        pending: db.prepare('SELECT (SELECT count(*) FROM facet_pending), (SELECT count(*) FROM vocabulary_pending)').raw().get() as number[],
        terms,
        vocabulary,
      };
    } finally {
      db.close();
    }
  }

  it('gives readers the facets and words of every row after full and small commits, also past the pending limits', async () => {
    const random = createRandom(17);
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
    const session = await writer.beginWrite({ replaceAll: true });
    const first = ids.map((id) => randomArticle(id, 5, random, 0));
    // Words FTS5 folds its own way (a final sigma, the micro sign) stay as our folding writes them.
    first[0]!.paragraphs[0]!.text = 'Δημήτρης Σπίγγος mesure 5 µm, Straße.';
    for (const article of first) await session.putArticle(article);
    await session.commit();
    const afterRebuild = readBoth();
    expect(afterRebuild.pending).toEqual([0, 0]);
    const written = new Set(first.flatMap((a) => a.paragraphs.flatMap((p) => tokenize(p.text).map((t) => t.norm))));
    expect(new Set(afterRebuild.terms)).toEqual(written);
    expect(afterRebuild.vocabulary.words.has('δημητρης')).toBe(true);
    let sawPending = false;
    for (let commit = 1; commit <= 8; commit++) {
      const small = await writer.beginWrite({ replaceAll: false });
      // The 5th commit is a large one: past both limits, folded into the stored BLOBs.
      const large = commit === 5;
      for (let n = large ? 1 : 1 + Math.floor(random() * 3); n > 0; n--) {
        const id = ids[Math.floor(random() * ids.length)]!;
        if (random() < 0.25) await small.deleteArticle(id);
        else await small.putArticle(randomArticle(id, large ? FACET_PENDING_LIMIT + 10 : 1 + Math.floor(random() * 6), random, commit));
      }
      if (commit === 3) await small.putArticle(randomArticle('new', 3, random, commit));
      await small.commit();
      const { stored, held, rebuilt, missingWords, heldMissingWords, pending } = readBoth();
      expect(stored, `commit ${commit}`).toEqual(rebuilt);
      expect(held, `commit ${commit}`).toEqual(rebuilt);
      expect(missingWords, `commit ${commit}`).toEqual([]);
      expect(heldMissingWords, `commit ${commit}`).toEqual([]);
      if (large) expect(pending).toEqual([0, 0]);
      sawPending ||= pending[0]! > 0 && pending[1]! > 0;
      expect(pending[0]!).toBeLessThanOrEqual(FACET_PENDING_LIMIT);
      expect(pending[1]!).toBeLessThanOrEqual(VOCABULARY_PENDING_LIMIT);
    }
    expect(sawPending).toBe(true);
  });

  it('serves a reader the new paragraph and its facets right after a small commit', async () => {
    const random = createRandom(3);
    const session = await writer.beginWrite({ replaceAll: true });
    for (let i = 0; i < 5; i++) await session.putArticle(randomArticle(`a${i}`, 4, random, 0));
    await session.commit();
    const reader = await openEmbeddedEngine({ dataDir, readonly: true });
    try {
      const before = await reader.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 5 });
      const added = randomArticle('late', 1, random, 1);
      const paragraph = { ...added.paragraphs[0]!, text: 'Zanzibarite inédite.', facets: { persons: ['Zoé Neuve'], countries: ['SN'] } };
      const small = await writer.beginWrite({ replaceAll: false });
      await small.putArticle({ ...added, meta: { ...added.meta, date: '2030-01-01' }, paragraphs: [paragraph] });
      await small.commit();
      const after = await reader.search({ q: '', filters: emptyFilters(), page: 1, hitsPerPage: 5 });
      expect(after.total).toBe(before.total + 1);
      expect(after.hits[0]!.id).toBe(paragraph.id);
      expect(after.facets.persons['Zoé Neuve']).toBe(1);
      const typo = await reader.search({ q: 'zanzibarrite', filters: { ...emptyFilters(), countries: ['SN'] }, page: 1, hitsPerPage: 5 });
      expect(typo.hits.map((h) => h.id)).toEqual([paragraph.id]);
    } finally {
      await reader.close();
    }
  });
});

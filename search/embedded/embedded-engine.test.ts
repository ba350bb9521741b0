import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_PARAGRAPHS, CONTRACT_ARTICLES, makeQuery, seedEngine } from '../contract/index';
import type { SearchEngine } from '../engine';
import type { IndexedArticle } from '../types';
import {
  EngineUnavailableError,
  IndexMissingError,
  InvalidQueryError,
  QueryTooExpensiveError,
  SearchEngineError,
} from '../errors';
import { emptyFilters } from '../facets';
import { EmbeddedEngineError } from './errors';
import { openEmbeddedEngine } from './index';
import { DATABASE_FILE } from './schema';
import { MatchCache, type TextMatch } from './match-cache';

describe('embedded engine: misuse and failures', () => {
  let dataDir: string;
  let engine: SearchEngine;
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-engine-'));
    engine = await openEmbeddedEngine({ dataDir, readonly: false });
    await seedEngine(engine, CONTRACT_ARTICLES);
  });
  afterEach(async () => {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses out-of-range queries with InvalidQueryError', async () => {
    await expect(engine.search(makeQuery('x', { hitsPerPage: 0 }))).rejects.toBeInstanceOf(InvalidQueryError);
    await expect(engine.search(makeQuery('x', { page: 0 }))).rejects.toBeInstanceOf(InvalidQueryError);
    const tooMany = { ...emptyFilters(), persons: Array.from({ length: 51 }, (_, i) => `p${i}`) };
    await expect(engine.search(makeQuery('x', { filters: tooMany }))).rejects.toBeInstanceOf(InvalidQueryError);
  });

  it('reports misuse as an EmbeddedEngineError, a SearchEngineError', async () => {
    const reader = await openEmbeddedEngine({ dataDir, readonly: true });
    const error = await reader.beginWrite({ replaceAll: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedEngineError);
    expect(error).toBeInstanceOf(SearchEngineError);
    await reader.close();
  });

  it('aborts the session when a write fails, keeping the previous index', async () => {
    const writer = await engine.beginWrite({ replaceAll: true });
    const broken = { ...CONTRACT_ARTICLES[0]!, paragraphs: [{ ...CONTRACT_ARTICLES[0]!.paragraphs[0]!, text: null }] };
    await expect(writer.putArticle(broken as unknown as IndexedArticle)).rejects.toBeInstanceOf(EmbeddedEngineError);
    await expect(writer.commit()).rejects.toThrow(/already committed or aborted/);
    expect((await engine.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);
    const next = await engine.beginWrite({ replaceAll: false });
    await next.commit();
  });

  it('stops a search past its deadline with QueryTooExpensiveError, and serves the next one', async () => {
    const reader = await openEmbeddedEngine({ dataDir, readonly: true, searchDeadlineMs: 0 });
    const error = await reader.search(makeQuery('défense')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTooExpensiveError);
    expect(error).toBeInstanceOf(SearchEngineError);
    await reader.close();
    expect((await engine.search(makeQuery('défense'))).total).toBe(1);
  });

  it('matches a query once for all its case and accent-free variants (the cache keys the parsed query)', async () => {
    const stored = vi.spyOn(MatchCache.prototype, 'set');
    try {
      for (const q of ['Défense', 'DÉFENSE', 'défense']) expect((await engine.search(makeQuery(q))).total).toBe(1);
      expect(stored).toHaveBeenCalledTimes(1);
    } finally {
      stored.mockRestore();
    }
  });

  it('reads a reopened index from disk', async () => {
    await engine.close();
    engine = await openEmbeddedEngine({ dataDir, readonly: true });
    expect((await engine.search(makeQuery('garde-côtes'))).total).toBe(1);
    expect(await engine.getParagraph(ALL_PARAGRAPHS[4]!.id)).toEqual(ALL_PARAGRAPHS[4]);
  });
});

describe('embedded engine: opening a store', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-open-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('tells a reader the index is missing, and creates nothing', async () => {
    const error = await openEmbeddedEngine({ dataDir, readonly: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexMissingError);
    expect((error as Error).message).toMatch(/npm run index/);
    expect(existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);
  });

  it('tells a reader an old store must be rebuilt, and a writer starts afresh over it', async () => {
    const file = path.join(dataDir, DATABASE_FILE);
    const old = new Database(file);
    old.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', '2')");
    old.close();
    await expect(openEmbeddedEngine({ dataDir, readonly: true })).rejects.toThrow(/schema 2.*--full/);
    const writer = await openEmbeddedEngine({ dataDir, readonly: false });
    expect((await writer.getArticleFingerprints()).size).toBe(0);
    await seedEngine(writer, CONTRACT_ARTICLES);
    await writer.close();
    const reader = await openEmbeddedEngine({ dataDir, readonly: true });
    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);
    await reader.close();
  });

  it('reports a store SQLite cannot open as unavailable, with the cause', async () => {
    writeFileSync(path.join(dataDir, DATABASE_FILE), 'not a database, just text '.repeat(100));
    const error = await openEmbeddedEngine({ dataDir, readonly: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});

describe('MatchCache', () => {
  const entry = (n: number): TextMatch => ({
    query: { words: [], excluded: [] },
    plan: { words: [], excluded: [] },
    level: 'close',
    expression: 'x',
    rowids: new Int32Array(n),
    rankedByLevel: new Map(),
    relaxation: null,
  });

  it('keeps the most recently used entries', () => {
    const cache = new MatchCache();
    for (let i = 0; i < 64; i++) cache.set(`q${i}`, entry(1));
    expect(cache.get('q0')).toBeDefined();
    cache.set('q64', entry(1));
    expect(cache.get('q1')).toBeUndefined();
    expect(cache.get('q0')).toBeDefined();
    expect(cache.get('q64')).toBeDefined();
  });

  it('does not keep a match too large to cache and bounds the rowids held', () => {
    const cache = new MatchCache();
    cache.set('huge', entry(1_500_000));
    expect(cache.get('huge')).toBeUndefined();
    cache.set('a', entry(600_000));
    cache.set('b', entry(600_000));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
  });
});

import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_PARAGRAPHS, CONTRACT_ARTICLES, makeQuery, seedEngine } from '../contract/index';
import type { SearchEngine } from '../engine';
import { EngineUnavailableError } from '../errors';
import type { IndexedArticle } from '../types';
import { EmbeddedEngineError } from './errors';
import { openEmbeddedEngine } from './index';
import { DATABASE_FILE, openDatabase } from './schema';
import { startWriteSession } from './writer';

let dataDir: string;
const opened: SearchEngine[] = [];
const open = async (readonly: boolean, extra: { rebuild?: boolean } = {}) => {
  const engine = await openEmbeddedEngine({ dataDir, readonly, ...extra });
  opened.push(engine);
  return engine;
};
const storeFile = (suffix = '') => path.join(dataDir, `${DATABASE_FILE}${suffix}`);
const sizeOf = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? 0;

/** An article of `paragraphs` long paragraphs: enough pages to fill a small quota. */
function bulkyArticle(id: string, paragraphs: number): IndexedArticle {
  const base = CONTRACT_ARTICLES[0]!;
  return {
    ...base,
    id,
    fingerprint: `fp-${id}`,
    paragraphs: Array.from({ length: paragraphs }, (_, i) => ({
      ...base.paragraphs[0]!,
      id: `${id}-${i}`,
      position: i,
      text: `Paragraphe ${i} de ${id} : ${'défense armée frontière mot'.repeat(40)} ${i * 7919}`,
    })),
  };
}

/** Overwrites a page in the middle of the store with garbage, as a failing disk would. */
function damageStore(): void {
  const size = sizeOf(storeFile());
  const fd = openSync(storeFile(), 'r+');
  try {
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
  } finally {
    closeSync(fd);
  }
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-store-'));
});
afterEach(async () => {
  for (const engine of opened.splice(0)) await engine.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded store files', () => {
  it('truncates the WAL after a commit and after a failed session', async () => {
    const writer = await open(false);
    const reader = await open(true);
    await seedEngine(writer, CONTRACT_ARTICLES);
    const session = await writer.beginWrite({ replaceAll: false });
    await session.putArticle(bulkyArticle('gros', 200));
    await session.commit();
    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length + 200);
    expect(sizeOf(storeFile('-wal'))).toBe(0);

    const failing = await writer.beginWrite({ replaceAll: false });
    await failing.putArticle(bulkyArticle('encore', 200));
    const broken = { ...bulkyArticle('casse', 1), paragraphs: [{ ...bulkyArticle('casse', 1).paragraphs[0]!, text: null }] };
    await expect(failing.putArticle(broken as unknown as IndexedArticle)).rejects.toBeInstanceOf(EmbeddedEngineError);
    expect(sizeOf(storeFile('-wal'))).toBe(0);
    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length + 200);
  });

  it('reports a full disk as such, rolls back and keeps the previous index', async () => {
    const engine = await open(false);
    await seedEngine(engine, CONTRACT_ARTICLES);
    await engine.close();
    // A quota of a few pages more than the store holds: SQLite answers SQLITE_FULL as on a full disk.
    const db = openDatabase(dataDir, false)!;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 8}`);
    const session = startWriteSession(db, { replaceAll: false, onFinish: () => undefined, previous: db });
    const error = await session.putArticle(bulkyArticle('gros', 400)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedEngineError);
    expect((error as Error).message).toBe('disk full while writing the index; the previous index is intact');
    expect(((error as Error).cause as { code?: string }).code).toBe('SQLITE_FULL');
    expect(db.inTransaction).toBe(false);
    db.close();
    const reader = await open(true);
    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);
  });

  it('leaves a store a reader opens when no -shm file can be created beside it', async () => {
    await seedEngine(await open(false), CONTRACT_ARTICLES);
    await opened.pop()!.close();
    // Rollback-journal mode in the header (bytes 18-19 are 2 in WAL mode), and nothing beside the
    // file: what a reader on a read-only mount needs, as it cannot create the WAL's -shm file.
    const header = Buffer.alloc(20);
    const fd = openSync(storeFile(), 'r');
    readSync(fd, header, 0, 20, 0);
    closeSync(fd);
    expect([header[18], header[19]]).toEqual([1, 1]);
    expect(readdirSync(dataDir)).toEqual([DATABASE_FILE]);
    // A directory where SQLite would create its shared-memory file: creating it fails, for root
    // too, as on a read-only mount.
    mkdirSync(storeFile('-shm'));
    const reader = await open(true);
    expect((await reader.search(makeQuery('défense'))).total).toBe(1);
    expect(await reader.getParagraph(ALL_PARAGRAPHS[4]!.id)).toEqual(ALL_PARAGRAPHS[4]);
  });

  it('serves the new store to a running reader after the data directory was deleted and rebuilt', async () => {
    await seedEngine(await open(false), CONTRACT_ARTICLES);
    await opened.pop()!.close();
    const reader = await open(true);
    expect((await reader.search(makeQuery(''))).total).toBe(ALL_PARAGRAPHS.length);

    rmSync(dataDir, { recursive: true });
    const missing = await reader.search(makeQuery('')).catch((e: unknown) => e);
    expect((missing as Error).name).toBe('IndexMissingError');
    await seedEngine(await open(false), [CONTRACT_ARTICLES[3]!]);
    expect((await reader.search(makeQuery(''))).total).toBe(CONTRACT_ARTICLES[3]!.paragraphs.length);
  });

  it('swaps a full rebuild in as a new file, which running readers pick up', async () => {
    const writer = await open(false);
    await seedEngine(writer, CONTRACT_ARTICLES);
    const before = statSync(storeFile()).ino;
    const reader = await open(true);
    expect((await reader.search(makeQuery('Biden'))).total).toBe(2);
    await seedEngine(writer, [CONTRACT_ARTICLES[3]!]);
    expect(statSync(storeFile()).ino).not.toBe(before);
    expect((await reader.search(makeQuery(''))).total).toBe(CONTRACT_ARTICLES[3]!.paragraphs.length);
  });

  it('refuses to write on a damaged store, and a rebuild repairs it for a reader opened on it', async () => {
    const writer = await open(false);
    for (let i = 0; i < 4; i++) await seedEngine(writer, [...CONTRACT_ARTICLES, bulkyArticle(`gros${i}`, 100)]);
    await opened.pop()!.close();
    damageStore();

    const refused = await openEmbeddedEngine({ dataDir, readonly: false }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EngineUnavailableError);
    expect((refused as Error).message).toMatch(/damaged.*npm run index -- --full/);

    const reader = await open(true);

    const rebuilder = await open(false, { rebuild: true });
    expect((await rebuilder.getArticleFingerprints()).size).toBe(0);
    await seedEngine(rebuilder, CONTRACT_ARTICLES);
    expect((await reader.search(makeQuery('défense'))).total).toBe(1);
    const check = new Database(storeFile(), { readonly: true });
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    check.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../engine';
import { IndexChangedError } from '../errors';
import { emptyFilters } from '../facets';
import type { IndexedArticle } from '../types';
import { openEmbeddedEngine } from './index';
import { STREAM_BATCH } from './match-set';

/** Articles of one paragraph each, one day apart, so the newest-first order is known. */
function dailyArticles(count: number): IndexedArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return {
      id: `jour-${i}`,
      fingerprint: `fp-${i}`,
      meta: { title: `Jour ${i}`, date: day, source: null, sourceUrl: null },
      paragraphs: [{ id: `jour-${i}-p1`, position: 1, section: null, text: `Le récit du jour ${i}.`, facets: { persons: [], countries: ['FR'] } }],
    };
  });
}

describe('embedded engine: streamed hits', () => {
  let dataDir: string;
  let writer: SearchEngine;
  let reader: SearchEngine;
  const articles = dailyArticles(STREAM_BATCH * 2 + 7);

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-stream-'));
    writer = await openEmbeddedEngine({ dataDir, readonly: false });
    const session = await writer.beginWrite({ replaceAll: true });
    for (const article of articles) await session.putArticle(article);
    await session.commit();
    reader = await openEmbeddedEngine({ dataDir, readonly: true });
  });
  afterEach(async () => {
    await reader.close();
    await writer.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads past one batch, every hit once, newest first', async () => {
    const ids: string[] = [];
    for await (const hit of reader.streamHits({ q: '', filters: emptyFilters() })) ids.push(hit.id);
    expect(ids).toEqual(articles.map((a) => a.paragraphs[0]!.id).reverse());
  });

  it('stops with IndexChangedError when another process commits between batches', async () => {
    const seen: string[] = [];
    const reading = (async () => {
      for await (const hit of reader.streamHits({ q: 'récit', filters: emptyFilters(), sort: 'ancien' })) {
        seen.push(hit.id);
        if (seen.length === 1) {
          const session = await writer.beginWrite({ replaceAll: false });
          await session.deleteArticle('jour-0');
          await session.commit();
        }
      }
    })();
    await expect(reading).rejects.toBeInstanceOf(IndexChangedError);
    expect(seen).toHaveLength(STREAM_BATCH);
  });
});

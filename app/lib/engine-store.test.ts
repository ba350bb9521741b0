import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSearchEngine, type IndexedArticle } from '../../search/index';
import { forgetEngine } from './testing/stub-engine';

vi.mock('server-only', () => ({}));
const { searchParagraphs } = await import('./engine');

const STATE = { q: '', filters: { persons: [], countries: [], date: [] }, page: 1 };

function article(id: string, texts: string[]): IndexedArticle {
  return {
    id,
    fingerprint: `fp-${id}`,
    meta: { title: id, date: '2021-11-03', source: null, sourceUrl: null },
    paragraphs: texts.map((text, position) => ({
      id: `${id}-${position}`,
      position,
      section: null,
      text,
      facets: { persons: [], countries: [] },
    })),
  };
}

async function buildStore(dataDir: string, articles: IndexedArticle[]): Promise<void> {
  const engine = await openSearchEngine({ kind: 'embedded', dataDir }, { readonly: false });
  const writer = await engine.beginWrite({ replaceAll: true });
  for (const a of articles) await writer.putArticle(a);
  await writer.commit();
  await engine.close();
}

describe('the web app over a store replaced under it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-app-store-'));
    vi.stubEnv('PARAGRAPHE_DATA', path.join(dir, 'data'));
    vi.stubEnv('MEILI_URL', '');
    forgetEngine();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    forgetEngine();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the new index after `rm -rf data` and a new indexer run, without a restart', async () => {
    const dataDir = path.join(dir, 'data');
    await buildStore(dataDir, [article('ancien', ['Un paragraphe ancien.', 'Un autre.'])]);
    expect((await searchParagraphs(STATE)).total).toBe(2);

    rmSync(dataDir, { recursive: true });
    await buildStore(dataDir, [article('nouveau', ['Le seul paragraphe neuf.'])]);
    const after = await searchParagraphs(STATE);
    expect(after.total).toBe(1);
    expect(after.hits[0]?.article).toBe('nouveau');
  });
});

import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, Paragraph, SearchEngine } from '../search/index';
import { forgetEngine, stubEngine } from './lib/testing/stub-engine';

import type * as SearchModule from '../search/index';

vi.mock('server-only', () => ({}));
const openSearchEngine = vi.fn<() => Promise<SearchEngine>>();
vi.mock('../search/index', async (importOriginal) => ({
  ...(await importOriginal<typeof SearchModule>()),
  openSearchEngine: () => openSearchEngine(),
}));

const { default: ParagraphPage } = await import('./p/[id]/page');
const { default: ArticlePage } = await import('./articles/[id]/page');

/** A 3.9 MiB paragraph as the indexer stores it: ~1,400 parts of under 3,000 characters. */
function hugeArticle(): Article {
  const paragraphs: Paragraph[] = Array.from({ length: 1400 }, (_, i) => ({
    id: `enorme-${i.toString(16).padStart(10, '0')}`,
    article: 'enorme',
    date: '2021-11',
    position: i + 1,
    section: null,
    text: `Partie ${i + 1}. ${'Le gazoduc traverse la Méditerranée. '.repeat(75)}`,
    facets: { persons: [], countries: ['DZ'] },
  }));
  return { id: 'enorme', meta: { title: 'Article énorme', date: '2021-11', source: null, sourceUrl: null }, paragraphs };
}

const ARTICLE = hugeArticle();
const MAX_PAGE_BYTES = 300_000;
const params = (id: string) => Promise.resolve({ id });

async function html(page: Promise<ReactElement>) {
  return renderToStaticMarkup(await page);
}

describe('pages of a huge article', () => {
  beforeEach(() => {
    forgetEngine();
    vi.stubEnv('PARAGRAPHE_DATA', '/srv/paragraphe');
    vi.stubEnv('MEILI_URL', '');
    openSearchEngine.mockResolvedValue(
      stubEngine({
        getArticle: vi.fn<SearchEngine['getArticle']>().mockResolvedValue(ARTICLE),
        getParagraph: vi.fn<SearchEngine['getParagraph']>(async (id) => ARTICLE.paragraphs.find((p) => p.id === id) ?? null),
      }),
    );
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('the article is megabytes, but a shared paragraph’s page is a bounded window around it', async () => {
    expect(ARTICLE.paragraphs.reduce((n, p) => n + p.text.length, 0)).toBeGreaterThan(3_900_000);
    const target = ARTICLE.paragraphs[700]!;
    const page = await html(ParagraphPage({ params: params(target.id), searchParams: Promise.resolve({}) }));
    expect(Buffer.byteLength(page)).toBeLessThan(MAX_PAGE_BYTES);
    expect(page).toContain(`id="${target.id}"`);
    expect(page).toContain(`id="${ARTICLE.paragraphs[680]!.id}"`);
    expect(page).not.toContain(`id="${ARTICLE.paragraphs[679]!.id}"`);
    expect(page).toContain('href="/articles/enorme?depuis=640"');
    expect(page).toContain('Paragraphes précédents');
    expect(page).toContain('href="/articles/enorme?depuis=722"');
    expect(page).toContain('Paragraphes suivants');
  });

  it('the article page shows a page of paragraphs from `depuis`, linking to the next', async () => {
    const first = await html(ArticlePage({ params: params('enorme'), searchParams: Promise.resolve({}) }));
    expect(Buffer.byteLength(first)).toBeLessThan(MAX_PAGE_BYTES);
    expect(first).toContain(`id="${ARTICLE.paragraphs[0]!.id}"`);
    expect(first).not.toContain('Paragraphes précédents');
    expect(first).toContain('href="/articles/enorme?depuis=42"');

    const last = await html(ArticlePage({ params: params('enorme'), searchParams: Promise.resolve({ depuis: '1380' }) }));
    expect(last).toContain(`id="${ARTICLE.paragraphs[1399]!.id}"`);
    expect(last).not.toContain(`id="${ARTICLE.paragraphs[1378]!.id}"`);
    expect(last).not.toContain('Paragraphes suivants');
    expect(last).toContain('href="/articles/enorme?depuis=1339"');
  });

  it('a short article is rendered whole, without part links', async () => {
    const short = { ...ARTICLE, paragraphs: ARTICLE.paragraphs.slice(0, 30) };
    openSearchEngine.mockResolvedValue(stubEngine({ getArticle: vi.fn<SearchEngine['getArticle']>().mockResolvedValue(short) }));
    const page = await html(ArticlePage({ params: params('enorme'), searchParams: Promise.resolve({ depuis: '20' }) }));
    expect(page).toContain(`id="${short.paragraphs[0]!.id}"`);
    expect(page).toContain(`id="${short.paragraphs[29]!.id}"`);
    expect(page).not.toContain('article-window');
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';

/*
 * The keys never reach a browser. The web app is built and served with canary key values in
 * its environment (playwright.config.ts); this spec looks for them in every file the client can
 * download, in API responses and pages (including errors), and checks that the browser talks to
 * the app's own origin only: the search engine is queried by the server, never from the page.
 */

const CANARY_DEFAULTS = {
  MEILI_MASTER_KEY: 'canary-master-key-e2e',
  MEILI_ADMIN_KEY: 'canary-admin-key-e2e',
  MEILI_SEARCH_KEY: 'canary-search-key-e2e',
};
const CANARIES = [
  ...new Set(
    Object.entries(CANARY_DEFAULTS).flatMap(([name, fallback]) => [fallback, process.env[name]].filter((v): v is string => !!v)),
  ),
];

const NEXT_DIR = path.join(process.cwd(), '.next');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function leaksIn(text: string): string[] {
  return CANARIES.filter((canary) => text.includes(canary));
}

async function responseText(response: APIResponse): Promise<string> {
  const headers = JSON.stringify(response.headersArray());
  return `${headers}\n${await response.text()}`;
}

test.describe('no key reaches the client', () => {
  test('no file of the client bundle holds a key', () => {
    const files = listFiles(path.join(NEXT_DIR, 'static'));
    expect(files.length).toBeGreaterThan(0);
    const leaks = files.flatMap((file) => leaksIn(readFileSync(file, 'latin1')).map((c) => `${path.relative(NEXT_DIR, file)}: ${c}`));
    expect(leaks).toEqual([]);
  });

  test('no prerendered page or payload holds a key', () => {
    const appDir = path.join(NEXT_DIR, 'server', 'app');
    const served = listFiles(appDir).filter((file) => /\.(html|rsc|body|meta|json)$/.test(file));
    const leaks = served.flatMap((file) => leaksIn(readFileSync(file, 'latin1')).map((c) => `${path.relative(NEXT_DIR, file)}: ${c}`));
    expect(leaks).toEqual([]);
  });

  test('API answers, including errors, hold no key', async ({ request }) => {
    const urls = [
      '/api/search',
      '/api/search?q=Gantz',
      '/api/search?q=d%C3%A9fense&country=MA',
      '/api/search?q=' + encodeURIComponent('"unbalanced \\ OR 1=1'),
      '/api/search?person=' + encodeURIComponent('x" OR 1=1'),
      '/api/search?q=' + 'x'.repeat(5_000),
      '/api/search?page=-1&date=not-a-date',
      '/api/does-not-exist',
    ];
    let answered = 0;
    for (const url of urls) {
      const response = await request.get(url);
      answered += 1;
      expect(response.status(), url).toBeLessThan(500);
      expect(leaksIn(await responseText(response)), url).toEqual([]);
    }
    expect(answered).toBe(urls.length);
  });

  test('pages, including not-found ones, hold no key', async ({ request }) => {
    const search = await request.get('/api/search?q=Gantz');
    const body = (await search.json()) as { hits: Array<{ id: string; article: string }> };
    expect(body.hits.length).toBeGreaterThan(0);
    const hit = body.hits[0]!;
    const pages = [
      '/',
      '/?q=Gantz',
      `/p/${encodeURIComponent(hit.id)}`,
      `/articles/${encodeURIComponent(hit.article)}`,
      '/p/does-not-exist',
      '/articles/does-not-exist',
      '/nowhere',
    ];
    for (const url of pages) {
      const response = await request.get(url);
      expect(leaksIn(await responseText(response)), url).toEqual([]);
    }
  });

  test('the browser only talks to the app, and nothing it receives holds a key', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:3000').origin;
    const foreign: string[] = [];
    const leaks: string[] = [];
    const bodies: Promise<void>[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(req.url());
    });
    page.on('response', (response) => {
      bodies.push(
        response
          .body()
          .then((buffer) => {
            for (const canary of leaksIn(buffer.toString('latin1'))) leaks.push(`${response.url()}: ${canary}`);
          })
          .catch(() => undefined),
      );
    });
    await page.goto('/?q=Gantz');
    await expect(page.getByRole('main')).toBeVisible();
    // A search typed in the page goes through the app's API route, never to the engine.
    await page.getByRole('searchbox').fill('défense');
    const apiCall = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/search');
    await page.getByRole('searchbox').press('Enter');
    await apiCall;
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    expect(bodies.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    expect(leaks).toEqual([]);
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage, cookie: document.cookie }));
    expect(leaksIn(storage)).toEqual([]);
  });
});

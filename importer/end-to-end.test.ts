import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './testing/fixture-server';
import { articlePage, GANTZ_PARAGRAPHS, rssFeed, TOUR_PARAGRAPHS } from './testing/fixtures';

/*
 * import → index → search through the three command-line tools, in child processes, on temp
 * folders: only their documented flags and JSON output are relied on.
 */
const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, '..');
const tsx = (script: string, args: string[]) => run(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, MEILI_URL: '' } });

interface Hit {
  id: string;
  article: string;
  text: string;
  date: string;
  persons: string[];
  countries: string[];
}

let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-import-e2e-'));
  const html = { 'content-type': 'text/html; charset=utf-8' };
  server.fixtures.set('/gantz.html', {
    headers: html,
    body: articlePage({ title: 'Benny Gantz au Maroc', paragraphs: GANTZ_PARAGRAPHS, head: '<meta property="article:published_time" content="2021-11-24T09:30:00+01:00">' }),
  });
  server.fixtures.set('/tour.html', { headers: html, body: articlePage({ title: 'Le Tour', paragraphs: TOUR_PARAGRAPHS, head: '<meta property="article:published_time" content="2021-07-18">' }) });
  server.fixtures.set('/feed.rss', {
    headers: { 'content-type': 'application/rss+xml' },
    body: rssFeed([
      { title: 'Gantz', link: server.url('/gantz.html?utm_source=rss'), pubDate: 'Wed, 24 Nov 2021 09:30:00 +0100', description: 'Visite.' },
      { title: 'Tour', link: server.url('/tour.html'), pubDate: 'Sun, 18 Jul 2021 17:45:00 +0200', description: 'Course.' },
    ]),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const corpus = () => path.join(dir, 'corpus');
const data = () => path.join(dir, 'data');

async function importAndIndex(): Promise<void> {
  await tsx('importer/cli.ts', [server.url('/feed.rss'), '--corpus', corpus(), '--delay', '0', '--lang', 'fr', '--refresh']);
  await tsx('indexer/cli.ts', ['--corpus', corpus(), '--data', data()]);
}

async function search(query: string, start: string): Promise<Hit | undefined> {
  const { stdout } = await tsx('search/cli.ts', [query, '--data', data(), '--json']);
  return (JSON.parse(stdout) as { hits: Hit[] }).hits.find((h) => h.text.startsWith(start));
}

describe('import → index → search', () => {
  it('finds an imported paragraph with its date, persons and countries; unchanged paragraphs keep their deep links after an edit', async () => {
    await importAndIndex();
    expect(readdirSync(corpus()).filter((f) => f.endsWith('.md'))).toHaveLength(2);
    const hit = await search('homologue marocain', 'M. Gantz doit signer');
    expect(hit?.date).toBe('2021-11-24');
    expect(hit?.persons).toContain('Benny Gantz');
    expect(hit?.countries).toEqual(expect.arrayContaining(['MA', 'DZ']));
    const untouched = await search('étape importante', 'L’accord prévoit');
    expect(untouched?.id).toMatch(/^[\w-]+-[0-9a-f]{10}$/);

    const page = server.fixtures.get('/gantz.html');
    server.fixtures.set('/gantz.html', { ...page, body: String(page?.body).replace('selon un communiqué du ministère', 'selon un communiqué publié mardi') });
    await importAndIndex();
    const edited = await search('homologue marocain', 'M. Gantz doit signer');
    expect(edited?.text).toContain('publié mardi');
    expect(edited?.id).not.toBe(hit?.id);
    expect(edited?.article).toBe(hit?.article);
    expect((await search('étape importante', 'L’accord prévoit'))?.id).toBe(untouched?.id);
  });
});

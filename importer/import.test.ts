import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImportCli } from './cli';
import { startFixtureServer, type FixtureServer } from './testing/fixture-server';
import { articlePage, atomFeed, CAFE_PARAGRAPHS, ENGLISH_PARAGRAPHS, GANTZ_PARAGRAPHS, homePage, htmlParagraphs, rssFeed, TOUR_PARAGRAPHS } from './testing/fixtures';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
let server: FixtureServer;
let dir: string;

async function runCli(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await runImportCli([...args, '--delay', '0', '--timeout', '5'], { stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const corpusFiles = (corpus: string) =>
  Object.fromEntries(readdirSync(corpus).filter((f) => !f.startsWith('.')).map((f) => [f, readFileSync(path.join(corpus, f), 'utf8')]));
const jsonLines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: string; id: string; status: string; date: string; lang: string });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'paragraphe-import-'));
  server = await startFixtureServer();
  const f = server.fixtures;
  f.set('/monde/gantz-maroc.html', {
    headers: HTML,
    body: articlePage({
      title: 'Benny Gantz au Maroc',
      paragraphs: GANTZ_PARAGRAPHS,
      subheading: 'Un accord inédit',
      head: `<meta property="og:site_name" content="Le Quotidien"><link rel="canonical" href="${server.url('/monde/gantz-maroc.html')}?utm_source=site">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Benny Gantz au Maroc","datePublished":"2021-11-24T09:30:00+01:00","publisher":{"@type":"Organization","name":"Le Quotidien"}}</script>`,
    }),
  });
  f.set('/sport/tour.html', {
    headers: HTML,
    body: articlePage({ title: 'Pogacar remporte le Tour', paragraphs: TOUR_PARAGRAPHS }).replace('<h1>', '<p class="date"><time datetime="2021-07-18T17:45:00+02:00">18 juillet 2021</time></p><h1>'),
  });
  const cafe = articlePage({ title: 'Le café rouvre', paragraphs: CAFE_PARAGRAPHS, charset: 'windows-1252', head: '<meta name="date" content="2021-07-19">' });
  f.set('/regions/cafe.html', { headers: { 'content-type': 'text/html' }, body: encode1252(cafe) });
  f.set('/r1', { status: 301, headers: { location: '/r2' } });
  f.set('/r2', { status: 302, headers: { location: server.url('/sport/tour.html?xtor=RSS-3') } });
  f.set('/loop-a', { status: 302, headers: { location: '/loop-b' } });
  f.set('/loop-b', { status: 302, headers: { location: '/loop-a' } });
  f.set('/huge.html', { headers: HTML, streamBytes: 50 * 1024 * 1024 });
  f.set('/index.html', { headers: HTML, body: homePage });
  f.set('/english.html', { headers: HTML, body: articlePage({ title: 'Budget', paragraphs: ENGLISH_PARAGRAPHS, lang: 'en', head: '<meta property="article:published_time" content="2021-03-02">' }) });
  f.set('/nodate.html', { headers: HTML, body: articlePage({ title: 'Sans date', paragraphs: CAFE_PARAGRAPHS.map((p) => p.replace('Lyon', 'Nantes')) }) });
  f.set('/not-a-feed.xml', { headers: HTML, body: homePage });
  f.set('/international.rss', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"rss-1"' },
    body: rssFeed([
      {
        title: 'Benny Gantz au Maroc',
        link: server.url('/monde/gantz-maroc.html?utm_source=rss&utm_medium=feed&xtor=RSS-1'),
        pubDate: 'Wed, 24 Nov 2021 09:30:00 +0100',
        content: `<p>${GANTZ_PARAGRAPHS[0]}</p><h2>Un accord inédit</h2>${htmlParagraphs(GANTZ_PARAGRAPHS.slice(1))}`,
      },
      { title: 'Pogacar remporte le Tour', link: server.url('/r1'), pubDate: 'Sun, 18 Jul 2021 17:45:00 +0200', description: 'Le Slovène a gagné.' },
      { title: 'Disparu', link: server.url('/gone.html'), pubDate: 'Mon, 19 Jul 2021 08:00:00 +0200', description: 'Page supprimée.' },
    ]),
  });
  f.set('/regions.atom', {
    headers: { 'content-type': 'application/atom+xml', 'last-modified': 'Mon, 19 Jul 2021 08:00:00 GMT', etag: '"atom-1"' },
    body: atomFeed([
      { title: 'Le café rouvre', link: server.url('/regions/cafe.html'), updated: '2021-07-19T08:00:00Z' },
      { title: 'Pogacar remporte le Tour', link: server.url('/sport/tour.html'), updated: '2021-07-18T18:00:00Z', html: htmlParagraphs(TOUR_PARAGRAPHS) },
    ]),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function encode1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x2019) bytes.push(0x92);
    else if (code === 0x2014) bytes.push(0x97);
    else if (code < 256) bytes.push(code);
    else throw new Error(`no Windows-1252 byte for ${ch}`);
  }
  return Buffer.from(bytes);
}

describe('npm run import against a local server', () => {
  it('imports pages and feeds, reports each bad source on one line and exits 1', async () => {
    const corpus = path.join(dir, 'all');
    const bad = ['/gone.html', '/loop-a', '/huge.html', '/index.html', '/english.html', '/nodate.html'].map((p) => server.url(p));
    const result = await runCli([server.url('/international.rss'), server.url('/regions.atom'), server.url('/monde/gantz-maroc.html'), ...bad, '--corpus', corpus, '--lang', 'fr', '--json', '--max-size', '1']);

    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(7);
    expect(result.stderr).toMatch(new RegExp(`error: ${server.url('/gone.html')}: HTTP 404`));
    expect(result.stderr).toContain(`error: ${server.url('/loop-a')}: redirect loop`);
    expect(result.stderr).toContain(`error: ${server.url('/huge.html')}: page too large`);
    expect(result.stderr).toContain(`error: ${server.url('/index.html')}: no article text found`);
    expect(result.stderr).toContain(`error: ${server.url('/english.html')}: article in "en", not "fr"`);
    expect(result.stderr).toContain(`error: ${server.url('/nodate.html')}: no publication date found`);

    const files = corpusFiles(corpus);
    expect(Object.keys(files)).toHaveLength(3);
    const gantz = Object.entries(files).find(([, text]) => text.includes('Benny Gantz'));
    expect(gantz?.[1]).toContain(`url: ${server.url('/monde/gantz-maroc.html')}\n`);
    expect(gantz?.[1]).toContain('date: 2021-11-24\n');
    expect(gantz?.[1]).toContain('## Un accord inédit');
    const tour = Object.values(files).find((text) => text.includes('Pogacar'));
    expect(tour).toContain('date: 2021-07-18\n');
    const cafe = Object.values(files).find((text) => text.includes('Bellecour'));
    expect(cafe).toContain('s’y retrouvaient');
    expect(cafe).toContain('À Lyon');
    expect(cafe).toContain('date: 2021-07-19\n');

    const lines = jsonLines(result.stdout);
    const ids = new Set(lines.map((l) => l.id));
    expect(ids.size).toBe(3);
    // Gantz and the Tour were each reached twice (feed copy and page): five articles, three files.
    expect(lines).toHaveLength(5);
    expect(readdirSync(corpus).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('identifies itself and spaces its requests to one host', async () => {
    const corpus = path.join(dir, 'polite');
    const before = server.requests.length;
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stderr.resume();
    const code = await runImportCli([server.url('/monde/gantz-maroc.html'), server.url('/sport/tour.html'), server.url('/regions/cafe.html'), '--corpus', corpus, '--delay', '300', '--concurrency', '3'], { stdout, stderr });
    expect(code).toBe(0);
    const seen = server.requests.slice(before);
    expect(seen).toHaveLength(3);
    for (const r of seen) expect(r.headers['user-agent']).toMatch(/^ParagrapheImporter\//);
    const gaps = seen.slice(1).map((r, i) => r.at - (seen[i]?.at ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(250);
  });

  it('re-runs without changing a file, with conditional GETs for feeds, and rewrites exactly an edited article', async () => {
    const corpus = path.join(dir, 'rerun');
    const sources = [server.url('/regions.atom'), server.url('/monde/gantz-maroc.html'), server.url('/sport/tour.html')];
    expect((await runCli([...sources, '--corpus', corpus])).code).toBe(0);
    const first = corpusFiles(corpus);
    const mtimes = Object.keys(first).map((f) => statSync(path.join(corpus, f)).mtimeMs);
    expect(Object.keys(first)).toHaveLength(3);

    const before = server.requests.length;
    const second = await runCli([...sources, '--corpus', corpus]);
    expect(second.code).toBe(0);
    expect(corpusFiles(corpus)).toEqual(first);
    expect(Object.keys(first).map((f) => statSync(path.join(corpus, f)).mtimeMs)).toEqual(mtimes);
    const atomRequest = server.requests.slice(before).find((r) => r.path === '/regions.atom');
    expect(atomRequest?.headers['if-none-match']).toBe('"atom-1"');
    expect(atomRequest?.headers['if-modified-since']).toBe('Mon, 19 Jul 2021 08:00:00 GMT');
    expect(second.stderr).toMatch(/not modified/);

    const page = server.fixtures.get('/sport/tour.html');
    if (!page || typeof page.body !== 'string') throw new Error('fixture missing');
    server.fixtures.set('/sport/tour.html', { ...page, body: page.body.replace('sous une chaleur écrasante', 'sous une pluie battante') });
    expect((await runCli([...sources, '--corpus', corpus])).code).toBe(0);
    const third = corpusFiles(corpus);
    const changed = Object.keys(third).filter((f) => third[f] !== first[f]);
    expect(changed).toHaveLength(1);
    expect(third[changed[0] ?? '']).toContain('sous une pluie battante');
  });

  it('says what a dry run would do and writes nothing', async () => {
    const corpus = path.join(dir, 'dry');
    const result = await runCli([server.url('/monde/gantz-maroc.html'), '--corpus', corpus, '--dry-run', '--json']);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((l) => l.status)).toEqual(['created']);
    expect(() => readdirSync(corpus)).toThrow();
  });

  it('refuses a source that is not a feed, and takes --default-date for undated articles', async () => {
    const corpus = path.join(dir, 'feeds');
    const list = path.join(dir, 'feeds.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(list, `# feeds\n${server.url('/not-a-feed.xml')}\n\n`);
    const notFeed = await runCli(['--feeds', list, '--corpus', corpus]);
    expect(notFeed.code).toBe(1);
    expect(notFeed.stderr).toContain(`error: ${server.url('/not-a-feed.xml')}: not a feed`);

    const dated = await runCli([server.url('/nodate.html'), '--corpus', corpus, '--default-date', '2020-05-01', '--json']);
    expect(dated.code).toBe(0);
    expect(jsonLines(dated.stdout)[0]?.date).toBe('2020-05-01');
  });

  it('stops with exit code 2 on a bad flag, before importing anything', async () => {
    for (const args of [['--concurrency', '0', 'x.html'], ['--default-date', '2021-02-30', 'x.html'], ['--map', 'titre=headline', 'x.jsonl'], []]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^error: /);
    }
  });
});

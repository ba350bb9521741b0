import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './helpers';
import { startSecondServer } from './second-server';

// A corpus of its own, indexed and re-indexed by the spec, served by a second server.
let root: string;
let corpus: string;
let data: string;
let baseURL: string;
let stopServer: (() => void) | undefined;

const FILLER = [
  'Le gouvernement a présenté mardi son projet de loi de finances, le premier de la législature.',
  'Les députés de l’opposition ont aussitôt dénoncé un budget « sans ambition » pour les régions.',
  'Le ministre a défendu une trajectoire de dépenses prudente face au ralentissement de l’économie.',
  'Les syndicats attendent des précisions sur les salaires de la fonction publique avant la fin du mois.',
];
const CUT = 'Le texte prévoit une hausse de douze pour cent des dépenses d’équipement, financée par les recettes du gaz naturel.';
const CUT_EDITED = CUT.replace('douze', 'quinze');
const CUT_EDITED_AGAIN = CUT_EDITED.replace('gaz naturel', 'gaz naturel et du pétrole');
const REWRITTEN = 'Aucun chiffre n’a été communiqué sur les investissements publics, selon plusieurs élus.';

function writeArticle(cut: string): void {
  const body = [...FILLER, cut, 'La discussion commencera au Parlement la semaine prochaine.'].join('\n\n');
  writeFileSync(path.join(corpus, 'budget.md'), `---\ntitle: "Loi de finances"\ndate: 2024-10-01\n---\n\n${body}\n`);
}

function index(): void {
  execFileSync('node_modules/.bin/tsx', ['indexer/cli.ts', '--corpus', corpus, '--data', data], { stdio: 'ignore' });
}

async function deepLinkOf(q: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/search?q=${encodeURIComponent(q)}`);
  const body = (await response.json()) as { hits: { url: string }[] };
  const url = body.hits[0]?.url;
  if (!url) throw new Error(`no hit for ${q}`);
  return url;
}

const closest = (page: Page) => page.getByRole('region', { name: 'Paragraphe 5, le plus proche du paragraphe partagé' });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Ce paragraphe a été modifié depuis' });

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  // Indexing starts the tagger and the server starts Next: slow on a busy machine.
  test.setTimeout(180_000);
  root = mkdtempSync(path.join(tmpdir(), 'paragraphe-e2e-edits-'));
  corpus = path.join(root, 'corpus');
  data = path.join(root, 'data');
  mkdirSync(corpus);
  writeArticle(CUT);
  index();
  ({ baseURL, stop: stopServer } = await startSecondServer(data));
});

test.afterAll(() => {
  stopServer?.();
  rmSync(root, { recursive: true, force: true });
});

test('a shared link survives edits of its paragraph: the article opens on the closest passage', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1000, height: 420 });
  const link = `${baseURL}${await deepLinkOf('douze pour cent')}`;
  await page.goto(link);
  await expect(page.getByRole('region', { name: 'Paragraphe 5, lien partagé' })).toBeInViewport();

  writeArticle(CUT_EDITED);
  index();
  const response = await page.goto(link);
  expect(response?.status()).toBe(200);
  await expect(notice(page)).toHaveText(
    'Ce paragraphe a été modifié depuis\u00a0; voici l’article, ouvert sur le passage le plus proche. Aller au passage le plus proche',
  );
  await expect(closest(page)).toContainText(CUT_EDITED);
  await expect(closest(page).getByText('Passage le plus proche')).toBeVisible();
  await expect(closest(page)).toBeInViewport();
  await expect(closest(page)).toBeFocused();
  await expectNoViolations(page);

  // A second edit: the first link, and the one shared in between, both still lead to the passage.
  const between = `${baseURL}${await deepLinkOf('quinze pour cent')}`;
  writeArticle(CUT_EDITED_AGAIN);
  index();
  for (const old of [link, between]) {
    await page.goto(old);
    await expect(closest(page)).toContainText(CUT_EDITED_AGAIN);
    await expect(closest(page)).toBeInViewport();
  }

  // Without JavaScript: the same page, server-rendered; the notice's link goes to the passage.
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 420 } });
  const plain = await noJs.newPage();
  await plain.goto(link);
  await expect(closest(plain)).toContainText(CUT_EDITED_AGAIN);
  await notice(plain).getByRole('link', { name: 'Aller au passage le plus proche' }).click();
  await expect(closest(plain)).toBeInViewport();
  await noJs.close();

  // Rewritten beyond recognition: the article's top, with the plain notice.
  writeArticle(REWRITTEN);
  index();
  await page.goto(link);
  await expect(notice(page)).toHaveText('Ce paragraphe a été modifié depuis\u00a0; voici l’article.');
  await expect(page.getByRole('region', { name: /lien partagé|plus proche/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Loi de finances' })).toBeInViewport();

  // An unknown article still gets the French 404.
  const missing = await page.goto(`${baseURL}/p/inconnu-0123456789`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
});

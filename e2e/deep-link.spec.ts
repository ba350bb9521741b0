import { expect, test } from '@playwright/test';
import { firstHit, openSearch } from './helpers';

test('a deep link opens the article with the paragraph in view, marked and highlighted', async ({ page, request }) => {
  await page.setViewportSize({ width: 1000, height: 420 });
  const hit = await firstHit(request, 'fournisseur fiable');
  await page.goto(`${hit.url}?q=${encodeURIComponent('fournisseur fiable')}`);
  const paragraph = page.getByRole('region', { name: `Paragraphe ${hit.position}, lien partagé` });
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toBeFocused();
  await expect(paragraph.getByText('Paragraphe cité')).toBeVisible();
  await expect(paragraph.locator('mark')).toHaveText(['fournisseur', 'fiable']);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Algérie/);
});

test('a search result leads to its paragraph', async ({ page }) => {
  await openSearch(page, '/?q=barrage');
  await page.getByRole('link', { name: 'Voir le paragraphe dans l’article' }).first().click();
  await expect(page).toHaveURL(/\/p\/04_hydro-quebec-[\w-]+\?q=barrage$/);
  await expect(page.getByRole('region', { name: /lien partagé/ }).locator('mark').first()).toHaveText(/^barrage/i);
});

test('the article page shows sections, facets and a link per paragraph', async ({ page }) => {
  await page.goto('/articles/03_presidentielle-senegal');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Bassirou Diomaye Faye/);
  await expect(page.getByRole('heading', { level: 2, name: 'Une victoire nette' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sénégal', exact: true })).toBeVisible();
  const links = page.getByRole('link', { name: /^Lien vers le paragraphe \d+$/ });
  await expect(links).toHaveCount(4);
  await links.nth(2).click();
  await expect(page).toHaveURL(/\/p\/03_presidentielle-senegal-[\w-]+$/);
  await expect(page.getByRole('region', { name: 'Paragraphe 3, lien partagé' })).toBeVisible();
});

test('unknown articles and paragraphs get a 404 page', async ({ page }) => {
  for (const path of ['/p/00_inconnu-0000000000', '/articles/inconnu', '/p/%3Cscript%3E']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  }
});

test('an article containing HTML displays it as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/articles/05_faux-message-redactions');
  await expect(page.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
  await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeVisible();
  await expect(page.getByText('Le texte "qui ressemble à du code"', { exact: false })).toBeVisible();
  await expect(page.locator('article img')).toHaveCount(0);
  await expect(page.locator('article script')).toHaveCount(0);

  await openSearch(page, '/?q=piégé');
  const hit = page.getByRole('region', { name: 'Résultats' }).getByRole('article').first();
  await expect(hit).toContainText('<script>alert(1)</script>');
  await expect(hit.locator('img, script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a deep link previews the paragraph, its title keeps "§ n" whole; the way back keeps the search', async ({ page }) => {
  await openSearch(page, '/?q=gaz&country=DZ');
  await page.getByRole('link', { name: 'Voir le paragraphe dans l’article' }).first().click();
  await expect(page).toHaveURL(/\/p\/[\w-]+\?q=gaz&country=DZ$/);
  const paragraph = page.getByRole('region', { name: /lien partagé/ });
  const text = (await paragraph.locator('.paragraph-text').textContent()) ?? '';
  const description = await page.locator('meta[property="og:description"]').getAttribute('content');
  expect(description && text.startsWith(description.replace(/…$/, ''))).toBe(true);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^§\u00a0\d+ — /);
  await expect(page).toHaveTitle(/^§\u00a0\d+ — .+ · Paragraphe$/);
  await page.getByRole('link', { name: /← Résultats pour « gaz »/ }).click();
  await expect(page).toHaveURL(/\/\?q=gaz&country=DZ$/);
});

test('the focus ring is not the error red', async ({ page }) => {
  await openSearch(page, '/');
  await page.keyboard.press('Tab');
  const colour = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
  expect(colour).not.toBe('rgb(179, 38, 30)');
  expect(colour).not.toBe('rgba(0, 0, 0, 0)');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the deep-linked paragraph’s box stays inside the screen', async ({ page, request }) => {
    const hit = await firstHit(request, 'fournisseur fiable');
    await page.goto(hit.url);
    const box = await page.getByRole('region', { name: /lien partagé/ }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
});

test('the 404 page is titled in French, favicon.ico exists', async ({ page, request }) => {
  await page.goto('/p/inconnu-0000000000');
  await expect(page).toHaveTitle('Paragraphe introuvable · Paragraphe');
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/icon/);
});

test('a link to a paragraph edited since opens its article with a French notice', async ({ page }) => {
  const response = await page.goto('/p/06_gaz-algerie-espagne-ffffffffff');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'Ce paragraphe a été modifié depuis' })).toHaveText(
    'Ce paragraphe a été modifié depuis\u00a0; voici l’article.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Algérie/);
});

import { expect, test } from '@playwright/test';
import { firstHit, openSearch } from './helpers';

test('a deep link opens the article with the paragraph in view, marked and highlighted', async ({ page, request }) => {
  await page.setViewportSize({ width: 1000, height: 420 });
  const hit = await firstHit(request, 'fournisseur fiable');
  await page.goto(`${hit.url}?q=${encodeURIComponent('fournisseur fiable')}`);
  const paragraph = page.getByRole('region', { name: `Paragraphe ${hit.position}, lien partagé` });
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toBeFocused();
  await expect(paragraph.getByText('Paragraphe lié')).toBeVisible();
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
  await expect(page.getByRole('link', { name: /Sénégal/ })).toBeVisible();
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

import { expect, test } from '@playwright/test';
import { expectTotal, facetCount, openSearch, results } from './helpers';

test('consecutive hits of one article share one title', async ({ page }) => {
  await openSearch(page, '/?q=Gantz');
  const headings = results(page).getByRole('heading', { level: 3 });
  await expect(headings).toHaveCount(3);
  const title = (await headings.first().textContent()) ?? '';
  expect(title).not.toMatch(/^Même article/);
  await expect(results(page).first()).toContainText('2 autres paragraphes dans cet article');
  await expect(headings.nth(1)).toHaveText(/^Même article, §\u00a0\d+$/);
  await expect(headings.nth(2)).toHaveText(/^Même article, §\u00a0\d+$/);
});

test('person and country chips in results are links to a search on that value', async ({ page }) => {
  await openSearch(page, '/?q=Gantz');
  await results(page).first().getByRole('list', { name: /cités/ }).getByRole('link', { name: 'Maroc', exact: true }).click();
  await expect(page).toHaveURL(/\/\?country=MA$/);
  await expect(page.getByRole('checkbox', { name: /Maroc/ })).toBeChecked();
  await expectTotal(page, await facetCount(page, 'Pays', 'Maroc'));
  for (const hit of await results(page).all()) await expect(hit).toContainText('Maroc');
});

test('a search says it is loading while it loads', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/search\?q=Rabat$/, async (route) => {
    await held;
    await route.continue();
  });
  await openSearch(page, '/');
  await page.getByRole('searchbox', { name: 'Rechercher dans les articles' }).fill('Rabat');
  await expect(page.getByRole('region', { name: 'Résultats' })).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'mise à jour' })).toBeVisible();
  release();
  await expect(page.getByRole('region', { name: 'Résultats' })).toHaveAttribute('aria-busy', 'false');
});

test('a result names its source when the article has one', async ({ page }) => {
  await openSearch(page, '/?q=Legault');
  await expect(results(page).first().locator('.result-meta')).toContainText('Rédaction Paragraphe (corpus de test)');
});

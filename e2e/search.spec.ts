import { expect, test } from '@playwright/test';
import { expectTotal, openSearch, results, searchBox, shownTotal, summary } from './helpers';

test('the empty query lists the latest paragraphs with facets', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await openSearch(page, '/');
  await expect(page.getByRole('heading', { name: 'Derniers paragraphes' })).toBeVisible();
  await expect(results(page)).toHaveCount(10);
  expect(await shownTotal(page)).toBeGreaterThan(10);
  // Newest first: the 2024 article leads.
  await expect(results(page).first().locator('time')).toHaveText(/2024/);
  await expect(page.getByRole('region', { name: 'Personnes' }).getByRole('checkbox').first()).toBeVisible();
  // Hydration mismatches and client errors are logged to the console.
  expect(errors).toEqual([]);
});

test('typing searches as you type and highlights the matches', async ({ page }) => {
  await openSearch(page, '/');
  await searchBox(page).pressSequentially('Tebboune', { delay: 30 });
  await expect(page).toHaveURL(/\?q=Tebboune$/);
  await expect(page.getByRole('heading', { name: 'Résultats pour « Tebboune »' })).toBeVisible();
  await expect(results(page).first().locator('mark').first()).toHaveText('Tebboune');
  await expect(summary(page)).toContainText(/ms/);
});

test('a query without accents finds and highlights the accented words', async ({ page }) => {
  await openSearch(page, '/');
  await searchBox(page).fill('securite');
  await expect(page).toHaveURL(/\?q=securite$/);
  const marks = page.getByRole('region', { name: 'Résultats' }).locator('mark');
  await expect(marks.first()).toHaveText(/^sécurit/i);
  const withoutAccents = await shownTotal(page);

  await searchBox(page).fill('sécurité');
  await expect(page).toHaveURL(/\?q=s%C3%A9curit%C3%A9$/);
  await expect(marks.first()).toHaveText(/^sécurit/i);
  await expectTotal(page, withoutAccents);
});

test('Enter submits the query', async ({ page }) => {
  await openSearch(page, '/');
  await searchBox(page).fill('Kaïs Saïed');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\?q=Ka%C3%AFs\+Sa%C3%AFed$/);
  await expect(results(page).first()).toContainText('Saïed');
});

test('an empty result says so and suggests removing a filter', async ({ page }) => {
  await openSearch(page, '/?q=Gantz&country=SN');
  await expect(page.getByText('Aucun paragraphe ne correspond à « Gantz » avec ces filtres.')).toBeVisible();
  await page.getByRole('link', { name: 'effacez tous les filtres' }).click();
  await expect(page).toHaveURL(/\?q=Gantz$/);
  await expect(results(page).first()).toBeVisible();
});

test('pagination keeps its place across reload and back', async ({ page }) => {
  await openSearch(page, '/');
  const firstOfPage1 = await results(page).first().getByRole('heading').textContent();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(summary(page)).toContainText('11–');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(results(page).first().getByRole('heading')).toHaveText(firstOfPage1 ?? '');
});

test('"copier le lien" copies the paragraph deep link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await openSearch(page, '/?q=Legault');
  const first = results(page).first();
  const href = await first.getByRole('link', { name: 'Voir le paragraphe dans l’article' }).getAttribute('href');
  await first.getByRole('button', { name: /^copier le lien/i }).click();
  await expect(first.getByText('Lien copié')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(href!.split('?')[0]!, baseURL).href);
  expect(copied).toMatch(/\/p\/04_hydro-quebec-[\w-]+$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a shared URL renders its results on the server', async ({ page }) => {
    await page.goto('/?q=Gantz&country=IL');
    await expect(searchBox(page)).toHaveValue('Gantz');
    await expect(results(page).first().locator('mark').first()).toHaveText('Gantz');
    await expect(page.getByRole('checkbox', { name: /Israël/ })).toBeChecked();
    expect(await shownTotal(page)).toBeGreaterThan(0);
  });
});

test('a late answer to an older query never replaces the newer results', async ({ page }) => {
  let releaseSlow: () => void = () => undefined;
  const slowHeld = new Promise<void>((resolve) => (releaseSlow = resolve));
  await page.route(/\/api\/search\?q=Maroc$/, async (route) => {
    await slowHeld;
    await route.continue();
  });
  await openSearch(page, '/');
  const slowAnswer = page.waitForResponse(/\/api\/search\?q=Maroc$/);
  await searchBox(page).fill('Maroc');
  await expect(page).toHaveURL(/\?q=Maroc$/);
  await searchBox(page).fill('Tebboune');
  await expect(results(page).first().locator('mark').first()).toHaveText('Tebboune');

  releaseSlow();
  await slowAnswer;
  await expect(page.getByRole('heading', { name: 'Résultats pour « Tebboune »' })).toBeVisible();
  for (const hit of await results(page).all()) await expect(hit).toContainText('Tebboune');
  await expect(summary(page)).not.toContainText('mise à jour');
});

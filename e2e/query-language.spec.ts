import { expect, test, type Page } from '@playwright/test';
import { openSearch, results, shownTotal, summary } from './helpers';

const resultTexts = async (page: Page) =>
  (await results(page).locator('.result-text').allTextContents()).join('\n');

test('a quoted phrase matches its words together and in order, highlighted as a phrase', async ({ page }) => {
  await openSearch(page, `/?q=${encodeURIComponent('"Benny Gantz"')}`);
  expect(await shownTotal(page)).toBeGreaterThan(0);
  const marks = results(page).first().locator('mark');
  await expect(marks).toHaveText(['Benny', 'Gantz']);

  await openSearch(page, `/?q=${encodeURIComponent('"Gantz Benny"')}`);
  await expect(page.getByText('Aucun paragraphe ne correspond')).toBeVisible();
});

test('-word leaves out the paragraphs that contain it', async ({ page }) => {
  await openSearch(page, '/?q=Gantz');
  const all = await shownTotal(page);
  await openSearch(page, `/?q=${encodeURIComponent('Gantz -Rabat')}`);
  const without = await shownTotal(page);
  expect(without).toBeGreaterThan(0);
  expect(without).toBeLessThan(all);
  expect(await resultTexts(page)).toMatch(/Gantz/);
  expect(await resultTexts(page)).not.toMatch(/Rabat/);
});

test('a query no paragraph fully matches falls back to its first words and says so', async ({ page }) => {
  await openSearch(page, `/?q=${encodeURIComponent('Gantz Tokyo')}`);
  await expect(page.getByText('Aucun paragraphe ne contient tous les mots ; résultats pour « Gantz ».')).toBeVisible();
  await expect(results(page).first().locator('mark').first()).toHaveText('Gantz');
  const response = await page.request.get(`/api/search?q=${encodeURIComponent('Gantz Tokyo')}`);
  expect((await response.json()).relaxed).toEqual({ dropped_words: ['Tokyo'], effective_query: 'Gantz' });
});

const shownDates = async (page: Page) =>
  results(page).locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));

test('the order select sorts by date either way and stays in the URL', async ({ page }) => {
  await openSearch(page, '/?q=Alger');
  const sort = page.getByRole('combobox', { name: 'Trier par' });
  await sort.selectOption('ancien');
  await expect(page).toHaveURL(/sort=ancien/);
  await expect(summary(page)).not.toContainText('mise à jour');
  const oldest = await shownDates(page);
  expect(oldest.length).toBeGreaterThan(1);
  expect(oldest).toEqual([...oldest].sort());
  await sort.selectOption('recent');
  await expect(page).toHaveURL(/sort=recent/);
  await expect.poll(() => shownDates(page)).toEqual([...oldest].sort().reverse());
});

test('two month fields keep a date range, inclusive', async ({ page }) => {
  await openSearch(page, '/');
  const all = await shownTotal(page);
  await page.getByLabel('Du mois').fill('2022-01');
  await expect(page).toHaveURL(/from=2022-01/);
  await expect.poll(() => shownTotal(page)).toBeLessThan(all);
  for (const date of await shownDates(page)) expect(date >= '2022-01').toBe(true);
  await page.getByLabel('au mois').fill('2022-03');
  await expect(page).toHaveURL(/from=2022-01&to=2022-03/);
  await expect.poll(async () => (await shownDates(page)).every((d) => d.startsWith('2022-0'))).toBe(true);
  expect(await shownTotal(page)).toBeGreaterThan(0);
});

test('the "?" explains the query syntax in French', async ({ page }) => {
  await openSearch(page, '/');
  await page.getByText('?', { exact: true }).click();
  await expect(page.getByText('l’expression exacte : ces mots, dans cet ordre, côte à côte.')).toBeVisible();
});

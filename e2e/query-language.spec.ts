import { expect, test, type Page } from '@playwright/test';
import { openSearch, results, shownTotal } from './helpers';

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

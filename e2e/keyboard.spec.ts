import { expect, test } from '@playwright/test';
import { openSearch, expectTotal, facetCount, searchBox, tabUntil } from './helpers';

test('the search works with the keyboard alone, with visible focus', async ({ page }) => {
  await openSearch(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();

  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('Rabat');
  await expect(page).toHaveURL(/\?q=Rabat$/);

  const morocco = await facetCount(page, 'Pays', 'Maroc');
  await tabUntil(page, (el) => el.getAttribute('type') === 'checkbox' && !!el.closest('label')?.textContent?.includes('Maroc'));
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/country=MA/);
  await expectTotal(page, morocco);

  await tabUntil(page, (el) => el.tagName === 'A' && !!el.closest('.result-title'));
  await page.keyboard.press('Enter');
  // The way back keeps the whole search: query and filters.
  await expect(page).toHaveURL(/\/p\/[\w-]+\?q=Rabat&country=MA$/);
  await expect(page.getByRole('region', { name: /lien partagé/ })).toBeFocused();
});

test('"/" does not steal the key while typing in a field', async ({ page }) => {
  await openSearch(page, '/');
  await searchBox(page).fill('a/b');
  await expect(searchBox(page)).toHaveValue('a/b');
});

test('arrow keys move between results', async ({ page }) => {
  await openSearch(page, '/');
  const titles = page.getByRole('region', { name: 'Résultats' }).getByRole('heading', { level: 3 }).getByRole('link');
  await tabUntil(page, (el) => el.tagName === 'A' && !!el.closest('.result-title'));
  await expect(titles.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(titles.nth(1)).toBeFocused();
});

test('↓ from the search box moves into the results; a skip link jumps to them', async ({ page }) => {
  await openSearch(page, '/?q=Alg%C3%A9rie');
  const titles = page.getByRole('region', { name: 'Résultats' }).getByRole('heading', { level: 3 }).getByRole('link');
  await searchBox(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(titles.first()).toBeFocused();

  await page.goto('/?q=Alg%C3%A9rie');
  await tabUntil(page, (el) => el.textContent === 'Aller aux résultats', 5);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#resultats$/);
  await page.keyboard.press('Tab');
  const inResults = await page.evaluate(() => !!document.activeElement?.closest('#resultats'));
  expect(inResults).toBe(true);
});

import { expect, test } from '@playwright/test';
import { openSearch, expectTotal, facet, facetCount, results, searchBox } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the facets live in a drawer', async ({ page }) => {
  await openSearch(page, '/');
  await expect(searchBox(page)).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  await expect(facet(page, 'Personnes')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.getByRole('button', { name: 'Filtres' }).click();
  await expect(facet(page, 'Personnes')).toBeVisible();
  const count = await facetCount(page, 'Personnes', 'Kaïs Saïed');
  await facet(page, 'Personnes').getByRole('checkbox', { name: 'Kaïs Saïed' }).check();
  await page.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(facet(page, 'Personnes')).toBeHidden();
  await expectTotal(page, count);
  await expect(page.getByRole('button', { name: 'Filtres (1)' })).toBeFocused();
});

test('Escape closes the drawer', async ({ page }) => {
  await openSearch(page, '/');
  await page.getByRole('button', { name: 'Filtres' }).click();
  await expect(page.getByRole('button', { name: 'Voir les résultats' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(facet(page, 'Pays')).toBeHidden();
});

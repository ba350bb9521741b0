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

test('the drawer is a modal dialog: Tab stays inside, Escape closes it', async ({ page }) => {
  await openSearch(page, '/');
  await page.getByRole('button', { name: 'Filtres' }).click();
  const dialog = page.getByRole('dialog', { name: 'Affiner' });
  await expect(dialog).toBeVisible();
  // The page behind is inert: focus is in the dialog, or (past its last control) in the
  // browser's own UI, where document.activeElement is the body; never on the page behind.
  let inDialog = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() =>
      document.activeElement?.closest('dialog[open]') ? 'dialog' : document.activeElement === document.body ? 'browser' : 'page',
    );
    expect(where).not.toBe('page');
    if (where === 'dialog') inDialog++;
  }
  expect(inDialog).toBeGreaterThan(20);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filtres' })).toBeFocused();
});

test('no keyboard hints on a phone; pagination fits the screen', async ({ page }) => {
  await openSearch(page, '/');
  await expect(page.locator('#search-hint')).toBeHidden();
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toBeVisible();
  const box = await pagination.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
});

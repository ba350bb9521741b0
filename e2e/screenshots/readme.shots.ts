import { expect, test } from '@playwright/test';
import { facet, firstHit, openSearch, results } from '../helpers';

// The README's pictures, refreshed on purpose by `npm run screenshots`, never by the e2e suite.

test('search page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openSearch(page, '/?q=Maroc');
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/search.png', fullPage: false });
});

test('deep link', async ({ page, request }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  const hit = await firstHit(request, 'fournisseur fiable');
  await page.goto(`${hit.url}?q=${encodeURIComponent('fournisseur fiable')}`);
  const paragraph = page.getByRole('region', { name: `Paragraphe ${hit.position}, lien partagé` });
  await expect(paragraph.locator('mark')).toHaveText(['fournisseur', 'fiable']);
  await paragraph.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/deep-link.png' });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('search page filtered by a person', async ({ page }) => {
    await openSearch(page, '/');
    await page.getByRole('button', { name: 'Filtres' }).click();
    await facet(page, 'Personnes').getByRole('checkbox', { name: 'Kaïs Saïed' }).check();
    await page.getByRole('button', { name: 'Voir les résultats' }).click();
    await expect(page.getByRole('button', { name: 'Filtres (1)' })).toBeFocused();
    await page.screenshot({ path: 'e2e/screenshots/search-phone.png' });
  });
});

import { expect, test } from '@playwright/test';
import { expectNoViolations, firstHit, openSearch, results } from './helpers';

test('the search page has no axe violation', async ({ page }) => {
  await openSearch(page, '/');
  await expect(results(page).first()).toBeVisible();
  await expectNoViolations(page);
});

test('a results page with filters has no axe violation', async ({ page }) => {
  await openSearch(page, '/?q=Alg%C3%A9rie&country=DZ&date=2022&date=2022-03');
  await expect(results(page).first()).toBeVisible();
  await expectNoViolations(page);
});

test('a deep link has no axe violation', async ({ page, request }) => {
  const hit = await firstHit(request, 'fournisseur fiable');
  await page.goto(`${hit.url}?q=${encodeURIComponent('fournisseur fiable')}`);
  await expect(page.getByRole('region', { name: /lien partagé/ })).toBeFocused();
  await expectNoViolations(page);
});

test('an article page has no axe violation', async ({ page }) => {
  await page.goto('/articles/03_presidentielle-senegal');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

test('the 404 page has no axe violation', async ({ page }) => {
  await page.goto('/p/inconnu-0000000000');
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await expectNoViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the open filter drawer has no axe violation', async ({ page }) => {
    await openSearch(page, '/');
    await page.getByRole('button', { name: 'Filtres' }).click();
    await expect(page.getByRole('dialog', { name: 'Affiner' })).toBeVisible();
    await expectNoViolations(page);
  });
});

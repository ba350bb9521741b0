import { expect, test } from '@playwright/test';
import { matching } from './corpus-paragraphs';
import { expectTotal, facet, facetCount, results, searchBox, shownTotal } from './helpers';

// Runs in the `no-js` project (javaScriptEnabled: false): the server's HTML alone must work.

test('the home page shows the form and the newest paragraphs', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recherche dans les articles');
  await expect(searchBox(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Derniers paragraphes' })).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByText('Appuyez sur Entrée pour rechercher')).toBeVisible();
});

test('the search form and result pages work without JavaScript', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('Tebboune');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\?q=Tebboune$/);
  await expect(page.getByRole('heading', { name: /Résultats pour « Tebboune »/ })).toBeVisible();
  await expect(results(page).first()).toContainText('Tebboune');

  await page.goto('/?q=ministre');
  await expect(results(page).first()).toBeVisible();
  await page.goto('/?page=2');
  await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Page 1' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('facets are a form with a submit button, active filters are links', async ({ page }) => {
  await page.goto('/?q=Alg%C3%A9rie');
  const everything = await shownTotal(page);
  const tebboune = await facetCount(page, 'Personnes', 'Abdelmadjid Tebboune');
  await facet(page, 'Personnes').getByRole('checkbox', { name: 'Abdelmadjid Tebboune' }).check();
  await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
  await expect(page).toHaveURL(/person=Abdelmadjid\+Tebboune/);
  await expect(page).toHaveURL(/q=Alg%C3%A9rie/);
  await expectTotal(page, tebboune);
  expect(tebboune).toBeLessThan(everything);

  await page.getByRole('link', { name: /Retirer le filtre Personne\s: Abdelmadjid Tebboune/ }).click();
  await expect(page).not.toHaveURL(/person=/);
  await expectTotal(page, everything);
});

test('a facet filter box is sent with the form and lists the matching values from every value', async ({ page }) => {
  await page.goto('/');
  const persons = facet(page, 'Personnes');
  await expect(persons.getByRole('checkbox', { name: 'Benny Gantz' })).toBeVisible();
  await expect(persons.getByRole('checkbox', { name: 'Zacharie Zerbib' })).toHaveCount(0);
  await persons.getByRole('searchbox', { name: 'Filtrer les personnes' }).fill('Zerbib');
  await persons.getByRole('searchbox', { name: 'Filtrer les personnes' }).press('Enter');
  await expect(page).toHaveURL(/\/\?filtre-person=Zerbib$/);
  const count = await facetCount(page, 'Personnes', 'Zacharie Zerbib');
  expect(count).toBe(matching(/Zacharie Zerbib/).length);
  await facet(page, 'Personnes').getByRole('checkbox', { name: 'Zacharie Zerbib' }).check();
  await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
  await expect(page).toHaveURL(/person=Zacharie\+Zerbib/);
  await expectTotal(page, count);
  await expect(results(page).first()).toContainText('Zacharie Zerbib');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the filters are reachable through the "Filtres" link', async ({ page }) => {
    await page.goto('/');
    await expect(facet(page, 'Pays')).toBeHidden();
    await page.getByRole('link', { name: 'Filtres' }).click();
    await expect(facet(page, 'Pays')).toBeVisible();
    const canada = await facetCount(page, 'Pays', 'Canada');
    await facet(page, 'Pays').getByRole('checkbox', { name: 'Canada' }).check();
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect(page).toHaveURL(/country=CA/);
    await expectTotal(page, canada);
  });
});

test('a non-canonical address is answered with the canonical one', async ({ page }) => {
  await page.goto('/?country=ma&sort=pertinence&from=&to=&page=1');
  await expect(page).toHaveURL(/\/\?country=MA$/);
  await expect(results(page).first()).toBeVisible();
});

test('a misspelt search suggests the spelling of the index, as a plain link', async ({ page }) => {
  await page.goto('/?q=Tebounne');
  await expect(page.getByText(/^Aucun paragraphe ne correspond à «\u00a0Tebounne\u00a0»/)).toBeVisible();
  await page.getByRole('link', { name: '«\u00a0Tebboune\u00a0»' }).click();
  await expect(page).toHaveURL(/\?q=Tebboune$/);
  await expect(results(page).first()).toContainText('Tebboune');
});

import { expect, test } from '@playwright/test';
import { openSearch, expectTotal, facet, facetCount, results, searchBox, shownTotal } from './helpers';

test('filtering by person then country narrows the results and updates the counts', async ({ page }) => {
  await openSearch(page, '/');
  const everything = await shownTotal(page);
  const moroccoBefore = await facetCount(page, 'Pays', 'Maroc');
  const gantz = await facetCount(page, 'Personnes', 'Benny Gantz');

  await facet(page, 'Personnes').getByRole('checkbox', { name: 'Benny Gantz' }).check();
  await expect(page).toHaveURL(/person=Benny\+Gantz/);
  await expectTotal(page, gantz);
  expect(gantz).toBeLessThan(everything);
  const moroccoWithGantz = await facetCount(page, 'Pays', 'Maroc');
  expect(moroccoWithGantz).toBeLessThan(moroccoBefore);
  for (const hit of await results(page).all()) await expect(hit).toContainText('Benny Gantz');

  const israelWithGantz = await facetCount(page, 'Pays', 'Israël');
  await facet(page, 'Pays').getByRole('checkbox', { name: 'Israël' }).check();
  await expect(page).toHaveURL(/country=IL/);
  await expectTotal(page, israelWithGantz);
  await expect(page.getByRole('button', { name: /Retirer le filtre Pays\s: .*Israël/ })).toBeVisible();
});

test('values of one facet are OR-ed', async ({ page }) => {
  await openSearch(page, '/');
  // Canada and Senegal never share a paragraph in the test corpus.
  const canada = await facetCount(page, 'Pays', 'Canada');
  const senegal = await facetCount(page, 'Pays', 'Sénégal');
  await facet(page, 'Pays').getByRole('checkbox', { name: 'Canada' }).check();
  await expectTotal(page, canada);
  await facet(page, 'Pays').getByRole('checkbox', { name: 'Sénégal' }).check();
  await expectTotal(page, canada + senegal);
});

test('removing a chip and "tout effacer" clear the filters', async ({ page }) => {
  await openSearch(page, '/?person=Benny+Gantz&country=MA&date=2021');
  await expect(page.getByRole('checkbox', { name: 'Benny Gantz' })).toBeChecked();
  const filtered = await shownTotal(page);
  await page.getByRole('button', { name: /Retirer le filtre Date\s: 2021/ }).click();
  await expect(page).not.toHaveURL(/date=/);
  await expect(page.getByRole('button', { name: /Retirer le filtre Date/ })).toHaveCount(0);
  await expectTotal(page, filtered);

  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('checkbox', { name: 'Benny Gantz' })).not.toBeChecked();
  expect(await shownTotal(page)).toBeGreaterThan(filtered);
});

test('the date facet lists years, then months', async ({ page }) => {
  await openSearch(page, '/');
  const dates = facet(page, 'Date');
  await dates.getByText('Mois de 2023').click();
  const june = await facetCount(page, 'Date', 'juin 2023');
  await dates.getByRole('checkbox', { name: 'juin 2023' }).check();
  await expect(page).toHaveURL(/date=2023-06/);
  await expectTotal(page, june);
  for (const time of await results(page).locator('time').all()) await expect(time).toHaveText(/juin 2023/);
});

test('the facet filter box matches anywhere in the name', async ({ page }) => {
  await openSearch(page, '/');
  const persons = facet(page, 'Personnes');
  await persons.getByRole('searchbox', { name: 'Filtrer les personnes' }).fill('gantz');
  await expect(persons.getByRole('checkbox')).toHaveCount(1);
  await expect(persons.getByRole('checkbox', { name: 'Benny Gantz' })).toBeVisible();
  await persons.getByRole('searchbox', { name: 'Filtrer les personnes' }).fill('zzz');
  await expect(persons.getByText('Aucune valeur ne correspond')).toBeVisible();
});

test('reloading a filtered URL gives the same state', async ({ page }) => {
  await openSearch(page, '/?q=Alger&person=Abdelmadjid+Tebboune&country=DZ');
  const total = await shownTotal(page);
  const titles = await results(page).getByRole('heading').allTextContents();
  await page.reload();
  await expect(searchBox(page)).toHaveValue('Alger');
  await expect(page.getByRole('checkbox', { name: 'Abdelmadjid Tebboune' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Algérie' })).toBeChecked();
  await expectTotal(page, total);
  await expect(results(page).getByRole('heading')).toHaveText(titles);
});

test('the back button walks back through filters and queries', async ({ page }) => {
  await openSearch(page, '/');
  const everything = await shownTotal(page);
  await searchBox(page).fill('Maroc');
  await expect(page).toHaveURL(/\?q=Maroc$/);
  await expect(page.getByRole('heading', { name: 'Résultats pour « Maroc »' })).toBeVisible();
  const maroc = await shownTotal(page);
  await page.getByRole('checkbox', { name: 'Benny Gantz' }).check();
  await expect(page).toHaveURL(/person=Benny\+Gantz/);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=Maroc$/);
  await expect(page.getByRole('checkbox', { name: 'Benny Gantz' })).not.toBeChecked();
  await expectTotal(page, maroc);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(searchBox(page)).toHaveValue('');
  await expectTotal(page, everything);

  await page.goForward();
  await expect(searchBox(page)).toHaveValue('Maroc');
});

test('year and month are hierarchical: a month ticked inside its year narrows to the month', async ({ page }) => {
  await openSearch(page, '/');
  const dates = facet(page, 'Date');
  const year = await facetCount(page, 'Date', '2022');
  await dates.getByRole('checkbox', { name: /^2022\s*\d+$/ }).check();
  await expectTotal(page, year);
  // Ticking the year opened its months.
  const march = dates.getByRole('checkbox', { name: 'mars 2022' });
  await expect(march).toBeVisible();
  const marchCount = await facetCount(page, 'Date', 'mars 2022');
  await march.check();
  await expect(page).toHaveURL(/date=2022&date=2022-03/);
  await expectTotal(page, marchCount);
  expect(marchCount).toBeLessThan(year);
  // Unticking the year unticks its months.
  await dates.getByRole('checkbox', { name: /^2022\s*\d+$/ }).uncheck();
  await expect(page).not.toHaveURL(/date=/);
  // Its months are folded away again, unticked.
  await expect(dates.locator('input[value="2022-03"]')).not.toBeChecked();
  await expect(march).toBeHidden();
});

import { expect, test } from '@playwright/test';
import { matching } from './corpus-paragraphs';
import { expectTotal, facet, facetCount, openSearch, results } from './helpers';

// The test corpus names more persons than a result lists (the 100 most frequent): Zacharie
// Zerbib, named once, comes after a hundred others named once too.

test('the filter box finds a person the list does not show, with its count; ticking it filters', async ({ page }) => {
  await openSearch(page, '/');
  const persons = facet(page, 'Personnes');
  await persons.getByRole('button', { name: /Afficher tout/ }).click();
  await expect(persons.getByRole('checkbox', { name: 'Benny Gantz' })).toBeVisible();
  await expect(persons.getByRole('checkbox', { name: 'Zacharie Zerbib' })).toHaveCount(0);

  const asked = page.waitForResponse((r) => r.url().includes('/api/facets?') && r.url().includes('text=zerbib'));
  await persons.getByRole('searchbox', { name: 'Filtrer les personnes' }).fill('zerbib');
  expect((await asked).status()).toBe(200);
  const zerbib = persons.getByRole('checkbox', { name: 'Zacharie Zerbib' });
  await expect(zerbib).toBeVisible();
  const count = await facetCount(page, 'Personnes', 'Zacharie Zerbib');
  expect(count).toBe(matching(/Zacharie Zerbib/).length);

  await zerbib.check();
  await expect(page).toHaveURL(/person=Zacharie\+Zerbib/);
  await expectTotal(page, count);
  for (const hit of await results(page).all()) await expect(hit).toContainText('Zacharie Zerbib');
  await expect(zerbib).toBeChecked();
});

test('the facet value API counts under the search and answers bad input in French', async ({ request }) => {
  const ok = await request.get('/api/facets?facet=persons&text=Ben&q=Gantz');
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({
    facet: 'persons',
    text: 'Ben',
    values: [{ value: 'Benny Gantz', label: 'Benny Gantz', count: matching(/Gantz/).length }],
  });
  const bad = await request.get('/api/facets?facet=date&text=2021');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toMatch(/Paramètre «\s*facet\s*»/);
});

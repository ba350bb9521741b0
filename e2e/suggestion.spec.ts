import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, expectTotal, openSearch, results, searchBox } from './helpers';

const suggestion = (page: Page) => page.getByText(/^Vouliez-vous dire/);

test('a misspelt name gets "Vouliez-vous dire « … » ?", and the link runs the corrected search', async ({ page }) => {
  await openSearch(page, '/?q=Tebounne');
  await expectTotal(page, 0);
  await expect(suggestion(page)).toHaveText('Vouliez-vous dire «\u00a0Tebboune\u00a0»\u00a0? (2\u00a0paragraphes)');
  await expectNoViolations(page);
  await suggestion(page).getByRole('link', { name: '«\u00a0Tebboune\u00a0»' }).click();
  await expect(page).toHaveURL(/\?q=Tebboune$/);
  await expect(searchBox(page)).toHaveValue('Tebboune');
  await expectTotal(page, 2);
  await expect(results(page).first()).toContainText('Tebboune');
  await expect(suggestion(page)).toHaveCount(0);
});

test('the API carries the suggestion, null when the search finds enough', async ({ request }) => {
  const misspelt = await (await request.get('/api/search?q=Tebounne')).json();
  expect(misspelt.suggestion).toEqual({ query: 'Tebboune', total: 2 });
  const plenty = await (await request.get('/api/search?q=gaz')).json();
  expect(plenty.suggestion).toBeNull();
});

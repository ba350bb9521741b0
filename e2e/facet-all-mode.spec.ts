import { expect, test, type Page } from '@playwright/test';
import { matching } from './corpus-paragraphs';
import { expectNoViolations, expectTotal, facet, results, waitInteractive } from './helpers';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

// Counted from the corpus files: the tagger names a person wherever the text names them.
const GANTZ = /Gantz/;
const LOUDIYI = /Loudiyi/;
const both = matching(GANTZ, LOUDIYI);
const either = matching(new RegExp(`${GANTZ.source}|${LOUDIYI.source}`));

const BOTH_URL = '/?person=Abdellatif+Loudiyi&person=Benny+Gantz&tous=person';
const EITHER_URL = '/?person=Abdellatif+Loudiyi&person=Benny+Gantz';

const modeToggle = (page: Page) => facet(page, 'Personnes').getByRole('group', { name: /Paragraphes avec l’un des personnes choisis/ });

async function expectEveryHitNamesBoth(page: Page): Promise<void> {
  const hits = results(page);
  await expect(hits).toHaveCount(both.length);
  for (const hit of await hits.all()) {
    const cited = hit.getByRole('list', { name: /cités/ });
    await expect(cited.getByRole('link', { name: 'Benny Gantz', exact: true })).toBeVisible();
    await expect(cited.getByRole('link', { name: 'Abdellatif Loudiyi', exact: true })).toBeVisible();
  }
}

test('a co-mention link on a person page finds the paragraphs naming both persons', async ({ page }) => {
  expect(both.length).toBeGreaterThan(0);
  expect(either.length).toBeGreaterThan(both.length);
  await page.goto('/personnes/Benny_Gantz');
  await page.getByRole('link', { name: `${plural(both.length, 'paragraphe')} avec Benny Gantz et Abdellatif Loudiyi` }).click();
  await expect(page).toHaveURL(new RegExp(`${BOTH_URL.replace(/[?+]/g, '\\$&')}$`));
  await expectTotal(page, both.length);
  await expectEveryHitNamesBoth(page);
  await expect(page.getByRole('group', { name: 'Filtres actifs' })).toContainText('Personnes\u00a0: tous dans le même paragraphe');
});

test('the « l’un des » / « tous » toggle switches the mode in place', async ({ page }) => {
  await page.goto(BOTH_URL);
  await waitInteractive(page);
  await expectTotal(page, both.length);
  await expect(modeToggle(page).getByText('tous', { exact: true })).toHaveAttribute('aria-current', 'true');
  await expectNoViolations(page);

  await modeToggle(page).getByRole('button', { name: 'l’un des' }).click();
  await expect(page).toHaveURL(new RegExp(`${EITHER_URL.replace(/[?+]/g, '\\$&')}$`));
  await expectTotal(page, either.length);
  await expect(page.getByRole('group', { name: 'Filtres actifs' })).not.toContainText('même paragraphe');

  await modeToggle(page).getByRole('button', { name: 'tous' }).click();
  await expect(page).toHaveURL(/tous=person$/);
  await expectTotal(page, both.length);
  await expectEveryHitNamesBoth(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle is a pair of links, and the facet form keeps the mode', async ({ page }) => {
    await page.goto(EITHER_URL);
    await expectTotal(page, either.length);
    await modeToggle(page).getByRole('link', { name: 'tous' }).click();
    await expect(page).toHaveURL(new RegExp(`${BOTH_URL.replace(/[?+]/g, '\\$&')}$`));
    await expectTotal(page, both.length);
    await expectEveryHitNamesBoth(page);

    // Applying the facet form (here with nothing changed) keeps « tous ».
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect(page).toHaveURL(/tous=person/);
    await expectTotal(page, both.length);

    await modeToggle(page).getByRole('link', { name: 'l’un des' }).click();
    await expectTotal(page, either.length);
  });
});

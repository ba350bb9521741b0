import { expect, test, type Page } from '@playwright/test';
import { articlesOf, corpusParagraphs, matching } from './corpus-paragraphs';
import { expectTotal, facet, openSearch } from './helpers';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const monthLabel = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

const mentions = (page: Page) => page.getByRole('region', { name: /Les paragraphes/ }).getByRole('article');

test('a person’s page, opened from a facet value: counts, chart, co-mentions and paragraphs', async ({ page }) => {
  const gantz = matching(/Gantz/);
  const withMorocco = matching(/Gantz/, /Maroc|marocaine?/);
  const month = gantz[0]!.date.slice(0, 7);

  await openSearch(page, '/');
  await facet(page, 'Personnes').getByRole('link', { name: 'fiche de Benny Gantz' }).click();
  await expect(page).toHaveURL(/\/personnes\/Benny_Gantz$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benny Gantz');
  await expect(page.getByTestId('entity-stats')).toContainText(
    `${plural(gantz.length, 'paragraphe')} dans ${plural(articlesOf(gantz), 'article')}`,
  );
  const chart = page.getByRole('list', { name: /Paragraphes par mois citant Benny Gantz/ });
  await expect(chart.getByRole('link')).toHaveCount(1);
  await page.getByText('Tableau des mentions par mois').click();
  await expect(page.getByRole('table').getByRole('row', { name: `${monthLabel(month)} ${gantz.length}` })).toBeVisible();

  await expect(mentions(page)).toHaveCount(gantz.length);
  for (const mention of await mentions(page).all()) await expect(mention.locator('mark').last()).toHaveText('Gantz');

  const coMorocco = page.getByRole('link', { name: `${plural(withMorocco.length, 'paragraphe')} avec Benny Gantz et Maroc` });
  await expect(coMorocco).toBeVisible();
  await chart.getByRole('link', { name: `${monthLabel(month)} : ${plural(gantz.length, 'paragraphe')}` }).click();
  await expect(page).toHaveURL(new RegExp(`person=Benny\\+Gantz&date=${month}`));
  await expectTotal(page, gantz.length);

  await page.goBack();
  await coMorocco.click();
  await expect(page).toHaveURL(/person=Benny\+Gantz&country=MA|country=MA&person=Benny\+Gantz/);
  await expectTotal(page, withMorocco.length);
});

test('a country’s page, opened from an article: flag, French name, chart, co-mentions', async ({ page }) => {
  const algeria = matching(/alg[ée]r/i);
  const byMonth = new Map<string, number>();
  for (const p of algeria) byMonth.set(p.date.slice(0, 7), (byMonth.get(p.date.slice(0, 7)) ?? 0) + 1);
  const [busiest, busiestCount] = [...byMonth].sort((a, b) => b[1] - a[1])[0]!;
  const tebboune = matching(/alg[ée]r/i, /Tebboune/);

  await page.goto('/articles/06_gaz-algerie-espagne');
  await page.getByRole('link', { name: 'fiche de Algérie' }).first().click();
  await expect(page).toHaveURL(/\/pays\/DZ$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('🇩🇿 Algérie');
  await expect(page.getByTestId('entity-stats')).toContainText(
    `${plural(algeria.length, 'paragraphe')} dans ${plural(articlesOf(algeria), 'article')}`,
  );
  const oldest = [...algeria].sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
  await expect(page.getByTestId('entity-stats')).toContainText(`première mention le ${Number(oldest.date.slice(8))} ${monthLabel(oldest.date)}`);
  await expect(mentions(page)).toHaveCount(algeria.length);
  const dates = await mentions(page).locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  await expect(page.getByRole('link', { name: `${plural(tebboune.length, 'paragraphe')} avec Algérie et Abdelmadjid Tebboune` })).toBeVisible();
  const chart = page.getByRole('list', { name: /Paragraphes par mois citant Algérie/ });
  await chart.getByRole('link', { name: `${monthLabel(busiest)} : ${plural(busiestCount, 'paragraphe')}` }).click();
  await expect(page).toHaveURL(new RegExp(`country=DZ&date=${busiest}`));
  await expectTotal(page, busiestCount);

  await page.goBack();
  await page.getByRole('region', { name: 'Cités avec Algérie' }).getByRole('link', { name: 'Abdelmadjid Tebboune', exact: true }).click();
  await expect(page).toHaveURL(/\/personnes\/Abdelmadjid_Tebboune$/);
  await expect(page.getByTestId('entity-stats')).toContainText(plural(matching(/Tebboune/).length, 'paragraphe'));
});

test('hostile or unknown slugs and codes get the French 404', async ({ request, page }) => {
  for (const path of ['/pays/XX', '/pays/MAR', '/pays/%3Cscript%3E', '/personnes/Personne_Inconnue', '/personnes/a%22b', '/personnes/Benny%20Gantz', '/personnes/Benny_Gantz?page=0', '/personnes/Benny_Gantz?page=abc']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('Page introuvable');
  }
  const lower = await request.get('/pays/dz', { maxRedirects: 0 });
  expect(lower.status()).toBe(308);
  expect(lower.headers().location).toMatch(/\/pays\/DZ$/);
  await page.goto('/personnes/Benny_Gantz?page=2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benny Gantz');
});

test('the sidebar date histogram filters the results on a bar', async ({ page }) => {
  const all = corpusParagraphs();
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  const months = all.map((p) => p.date.slice(0, 7)).sort();
  // Past 36 months from the first to the last, the bars are years (monthly bars would be slivers).
  const byYear = monthIndex(months.at(-1)!) - monthIndex(months[0]!) + 1 > 36;
  const periodOf = (date: string) => (byYear ? date.slice(0, 4) : date.slice(0, 7));
  const counts = new Map<string, number>();
  for (const p of all) counts.set(periodOf(p.date), (counts.get(periodOf(p.date)) ?? 0) + 1);
  const [period, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  await openSearch(page, '/');
  const bars = facet(page, 'Date').getByRole('list', { name: 'Paragraphes trouvés dans le temps' });
  const name = byYear ? period : monthLabel(period);
  await bars.getByRole('link', { name: `${name} : ${plural(count, 'paragraphe')}` }).click();
  await expect(page).toHaveURL(new RegExp(`date=${period}`));
  await expectTotal(page, count);
});

test('the sidebar histogram works without JavaScript, as links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const algeria = matching(/alg[ée]r/i).filter((p) => p.date.startsWith('2022-03'));
  await page.goto('/?country=DZ');
  await facet(page, 'Date').getByRole('link', { name: /^mars 2022 : / }).click();
  await expect(page).toHaveURL(/country=DZ&date=2022-03/);
  await expect(page.getByRole('status').filter({ hasText: /paragraphes? ·/ })).toHaveText(new RegExp(`^${plural(algeria.length, 'paragraphe')} ·`));
  await context.close();
});

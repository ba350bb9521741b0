import { expect, test } from '@playwright/test';
import { openSearch, results, summary } from './helpers';

test('the app’s own text follows French typography', async ({ page }) => {
  await openSearch(page, '/?q=Sahara');
  const heading = page.getByRole('heading', { level: 2, name: /Résultats pour/ });
  expect(await heading.textContent()).toBe('Résultats pour «\u00a0Sahara\u00a0»');
  const line = (await summary(page).textContent()) ?? '';
  expect(line).toMatch(/ · \d+(,\d+)?\u00a0ms$/);
  expect(line).not.toMatch(/\d\.\d/);
  const position = (await results(page).first().locator('.result-position').textContent()) ?? '';
  expect(position).toMatch(/§\u00a0\d+$/);
  await expect(results(page).first().getByRole('link', { name: 'Sahara occidental', exact: true })).toBeVisible();
});

test('a bad address says what is wrong in a French sentence', async ({ page }) => {
  await page.goto('/?date=hier');
  const alert = page.getByRole('region', { name: 'Résultats' }).getByRole('alert');
  await expect(alert).toContainText(/Les paramètres de cette adresse ne sont pas valides\. Paramètre «\sdate\s»\s: .+\./);
  await expect(alert).not.toContainText('date.0');
});

test('the API never answers in English', async ({ request }) => {
  for (const query of ['page=0', 'page=abc', 'date=2021-13', 'q=a&q=b']) {
    const response = await request.get(`/api/search?${query}`);
    expect(response.status()).toBe(400);
    const { message } = (await response.json()) as { message: string };
    expect(message).toMatch(/^Les paramètres de cette adresse ne sont pas valides\. Paramètre «\s\w+\s»\s: .+\.$/);
    expect(message).not.toMatch(/\b(Too|expected|Invalid|must)\b/);
  }
});

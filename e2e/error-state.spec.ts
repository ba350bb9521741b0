import { expect, test } from '@playwright/test';
import { openSearch, results, searchBox } from './helpers';

test('an API error shows the French message for that query, never the previous results', async ({ page }) => {
  await openSearch(page, '/?q=Tebboune');
  await expect(results(page).first()).toBeVisible();
  await page.route(/\/api\/search\?q=Scholz$/, (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'engine_unavailable', message: 'Le moteur de recherche est indisponible pour le moment.' }),
    }),
  );
  await searchBox(page).fill('Scholz');
  const alert = page.getByRole('region', { name: 'Résultats' }).getByRole('alert');
  await expect(alert).toContainText(/La recherche «\sScholz\s» n’a pas abouti\./);
  await expect(alert).toContainText('Le moteur de recherche est indisponible');
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Résultats pour/ })).toHaveCount(0);

  await page.unroute(/\/api\/search\?q=Scholz$/);
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Résultats pour « Scholz »/ })).toBeVisible();
});

test('offline, the message is French, never "Failed to fetch"', async ({ page, context }) => {
  await openSearch(page, '/');
  await context.setOffline(true);
  await searchBox(page).fill('Gantz');
  const alert = page.getByRole('region', { name: 'Résultats' }).getByRole('alert');
  await expect(alert).toContainText('Le serveur ne répond pas');
  await expect(alert).not.toContainText('Failed to fetch');
  await expect(results(page)).toHaveCount(0);
  await context.setOffline(false);
});

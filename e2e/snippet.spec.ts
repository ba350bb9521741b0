import { expect, test } from '@playwright/test';
import { openSearch, results } from './helpers';

test('a long paragraph shows a cropped snippet around the match, its deep link the whole text', async ({ page }) => {
  await openSearch(page, '/?q=photogramm%C3%A9trie');
  const hit = results(page).first();
  const snippet = hit.locator('.result-text');
  await expect(snippet.locator('mark')).toHaveText(['photogrammétrie']);
  const shown = (await snippet.textContent()) ?? '';
  expect(shown).toMatch(/^… .+ …$/);
  expect(shown).not.toContain('Le jury a également rappelé');
  expect(shown.split(/\s+/).length).toBeLessThanOrEqual(45);

  await hit.getByRole('link', { name: 'Voir le paragraphe dans l’article' }).click();
  const paragraph = page.getByRole('region', { name: /lien partagé/ });
  await expect(paragraph).toContainText('Le jury a également rappelé les règles du concours');
  await expect(paragraph).toContainText('nécessaires au travail de terrain.');
  await expect(paragraph).not.toContainText('…');
  await expect(paragraph.locator('mark')).toHaveText(['photogrammétrie']);
});

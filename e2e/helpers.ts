import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Every axe rule, every impact: the list of violations must be empty. */
export async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Rechercher dans les articles' });

/** The "N paragraphes · … ms" line above the results. */
export const summary = (page: Page) => page.getByRole('status').filter({ hasText: /paragraphes? ·/ });

export const results = (page: Page) => page.getByRole('region', { name: 'Résultats' }).getByRole('article');

export const facet = (page: Page, name: 'Personnes' | 'Pays' | 'Date') => page.getByRole('region', { name });

/** Total shown in the summary line, as a number. */
export async function shownTotal(page: Page): Promise<number> {
  await expect(summary(page)).not.toContainText('mise à jour');
  const text = (await summary(page).textContent()) ?? '';
  const match = /^([\d\s\u202f]+) paragraphes?/.exec(text);
  if (!match?.[1]) throw new Error(`no total in summary: ${text}`);
  return Number(match[1].replace(/\D/g, ''));
}

/** Waits until the summary shows `total` paragraphs and no update is pending. */
export async function expectTotal(page: Page, total: number): Promise<void> {
  await expect(summary(page)).toHaveText(new RegExp(`^${total} paragraphes? ·(?!.*mise à jour)`));
}

/** Count shown beside a facet value (the checkbox's accessible name ends with it). */
export async function facetCount(page: Page, group: 'Personnes' | 'Pays' | 'Date', label: string): Promise<number> {
  await expect(summary(page)).not.toContainText('mise à jour');
  const checkbox = facet(page, group).getByRole('checkbox', { name: label });
  const count = await checkbox.evaluate((el) => el.closest('label')?.querySelector('.facet-count')?.textContent ?? '');
  if (!/^\d+$/.test(count.replace(/\u202f/g, ''))) throw new Error(`no count for ${label}: ${count}`);
  return Number(count.replace(/\u202f/g, ''));
}

/** Waits until the page is hydrated (the "/" hint exists only once it is interactive; phones hide it). */
export async function waitInteractive(page: Page): Promise<void> {
  await expect(page.getByText(/touche \/ pour revenir ici/)).toBeAttached();
}

/** Presses Tab until the focused element satisfies `matches` (bounded). */
export async function tabUntil(page: Page, matches: (el: Element) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('focus never reached the expected element');
}

/** Opens a search page URL and waits until it is interactive. */
export async function openSearch(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitInteractive(page);
}

interface Hit {
  id: string;
  url: string;
  position: number;
  article: string;
}

/** The first hit of the API for `q`: its deep link and position. */
export async function firstHit(request: APIRequestContext, q: string): Promise<Hit> {
  const response = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { hits: Hit[] };
  const hit = body.hits[0];
  if (!hit) throw new Error(`no hit for ${q}`);
  return hit;
}


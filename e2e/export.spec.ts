import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { matching } from './corpus-paragraphs';
import { openSearch, shownTotal } from './helpers';

test('an export downloads every hit as a UTF-8 CSV whose links open the right paragraphs', async ({ page }) => {
  const expected = matching(/alg[ée]r/i);
  await openSearch(page, '/?country=DZ&sort=ancien');
  expect(await shownTotal(page)).toBe(expected.length);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^paragraphe-tout-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.subarray(3).toString('utf8'), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(expected.length);
  expect(rows.map((r) => r.text).sort()).toEqual(expected.map((p) => p.text).sort());
  expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  expect(rows.map((r) => r.title)).toContain('Tunisie : Kaïs Saïed fait adopter sa nouvelle Constitution');
  for (const row of rows.slice(0, 3)) {
    await page.goto(row.url!);
    await expect(page.getByRole('region', { name: /lien partagé/ })).toContainText(row.text!.slice(0, 60));
  }
});

test('an export of a text query as JSON Lines has one line per hit', async ({ request }) => {
  const expected = matching(/barrage/i);
  const response = await request.get('/api/export?format=jsonl&q=barrage');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/filename="paragraphe-barrage-\d{4}-\d{2}-\d{2}\.jsonl"/);
  const lines = (await response.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string });
  expect(lines.map((l) => l.text).sort()).toEqual(expected.map((p) => p.text).sort());
  expect((await request.get('/api/export?format=xlsx')).status()).toBe(400);
});

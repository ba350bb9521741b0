import { expect, test } from '@playwright/test';

test('GET /api/search returns the documented shape', async ({ request }) => {
  const response = await request.get('/api/search?q=Gantz&country=IL&utm_source=ignored');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ total: expect.any(Number), took_ms: expect.any(Number) });
  expect(Object.keys(body.facets).sort()).toEqual(['countries', 'date', 'persons']);
  const hit = body.hits[0];
  for (const key of ['id', 'article', 'position', 'section', 'text', 'highlight', 'date', 'persons', 'countries', 'url']) {
    expect(hit).toHaveProperty(key);
  }
  expect(hit.url).toBe(`/p/${hit.id}`);
  expect(hit.highlight).toContain('<mark>Gantz</mark>');
  expect(hit.countries).toContain('IL');
});

test('malformed parameters get a 400 with a JSON error', async ({ request }) => {
  for (const query of ['page=abc', 'country=Maroc', `q=${'x'.repeat(300)}`, 'person=%22)%20OR%20(1']) {
    const response = await request.get(`/api/search?${query}`);
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request', message: expect.any(String) });
  }
});

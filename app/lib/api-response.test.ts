import { describe, expect, it, vi } from 'vitest';
import { engineAnswer, invalidAnswer, toResponse } from './api-response';

describe('API answers', () => {
  it('answers a full queue 503 with Retry-After, even when another copy of the admission refused', async () => {
    // Next bundles pages and the route apart: the admission a page made throws its copy's error.
    vi.resetModules();
    const other = await import('./search-admission');
    const answer = await engineAnswer(() => Promise.reject(new other.SearchQueueFullError(1)));
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('1');
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'query_too_expensive' });
  });

  it('gives the Next route the same status, headers and bytes', async () => {
    const answer = invalidAnswer('Paramètre « page » : entier attendu.');
    const response = toResponse(answer);
    expect(response.status).toBe(400);
    expect(Object.fromEntries(response.headers)).toEqual(answer.headers);
    expect(await response.text()).toBe(answer.body);
    expect(answer.headers['content-type']).toBe('application/json');
  });
});

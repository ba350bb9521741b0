import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startSecondServer } from './second-server';

// A second server, from the same build, on a store that was never indexed.
let stopServer: () => void;
let baseURL: string;
let emptyDir: string;

test.beforeAll(async () => {
  emptyDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-e2e-missing-'));
  ({ baseURL, stop: stopServer } = await startSecondServer(path.join(emptyDir, 'data')));
});

test.afterAll(() => {
  stopServer();
  rmSync(emptyDir, { recursive: true, force: true });
});

test('pages in the unavailable state answer 503, like the API', async () => {
  for (const url of ['/', '/?q=Gantz', '/articles/inconnu', '/p/inconnu-0123456789']) {
    const response = await fetch(`${baseURL}${url}`);
    expect(response.status, url).toBe(503);
    expect(response.headers.get('content-security-policy')).toContain("'nonce-");
  }
  const home = await (await fetch(baseURL)).text();
  expect(home).toContain('<html lang="fr"');
  expect((await fetch(`${baseURL}/api/search?q=Gantz`)).status).toBe(503);
});

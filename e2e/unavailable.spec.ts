import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A second server, from the same build, on a store that was never indexed.
let server: ChildProcess;
let baseURL: string;
let emptyDir: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  emptyDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-e2e-missing-'));
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, PARAGRAPHE_DATA: path.join(emptyDir, 'data'), MEILI_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await fetch(`${baseURL}/api/search`).then(
      () => true,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the second server did not start');
});

test.afterAll(() => {
  server.kill('SIGTERM');
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

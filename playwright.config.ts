import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

// A free loopback port, chosen once: workers inherit E2E_PORT from the main process.
function findFreePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

const PORT = (process.env.E2E_PORT ??= findFreePort());
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Canary secrets: present at build and start, they must never reach the browser bundle
// (e2e/secrets.spec.ts). MEILI_URL stays unset, so the embedded engine serves.
const CANARY_ENV = {
  MEILI_MASTER_KEY: 'canary-master-key-e2e',
  MEILI_ADMIN_KEY: 'canary-admin-key-e2e',
  MEILI_SEARCH_KEY: 'canary-search-key-e2e',
};

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'on-first-retry',
    locale: 'fr-FR',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /no-js\.spec\.ts/ },
    // The server-rendered promise: the search works with JavaScript off.
    {
      name: 'no-js',
      use: { ...devices['Desktop Chrome'], channel: undefined, javaScriptEnabled: false },
      testMatch: /no-js\.spec\.ts/,
    },
  ],
  webServer: {
    command: 'bash e2e/serve.sh',
    url: `${BASE_URL}/api/search`,
    env: { ...CANARY_ENV, PORT, NEXT_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: !process.env.CI,
    // SIGTERM first, so serve.sh removes its temporary store.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});

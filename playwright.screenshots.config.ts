import { defineConfig } from '@playwright/test';
import e2e from './playwright.config';

// `npm run screenshots`: the same server and browser as the e2e suite, running only the
// `*.shots.ts` files, which overwrite the committed README pictures in e2e/screenshots/.
export default defineConfig({
  ...e2e,
  testMatch: '**/*.shots.ts',
  // The desktop project only: the JS-off project matches its own spec alone.
  projects: e2e.projects?.filter((p) => p.name === 'chromium').map(({ testIgnore: _ignored, ...p }) => p),
  retries: 0,
});

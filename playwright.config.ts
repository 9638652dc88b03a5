import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH_FILE } from './scripts/lib/chromium-path.mjs';

const executablePath = existsSync(CHROMIUM_PATH_FILE) ? readFileSync(CHROMIUM_PATH_FILE, 'utf8').trim() : undefined;
if (!executablePath) {
  throw new Error(
    'No Chromium recorded for the end-to-end tests: run `node scripts/ensure-browser.mjs` (npm test does).',
  );
}

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      // Without the networking flags Chromium keeps trying hosts this machine cannot reach.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});

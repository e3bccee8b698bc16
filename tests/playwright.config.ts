import path from 'node:path';
import { defineConfig } from '@playwright/test';

const REPO_ROOT = path.resolve(__dirname, '..');
const PORT = Number(process.env.E2E_PORT ?? 3180);
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
/** The app's data folder in e2e runs (its embedded database lives inside). */
export const E2E_DATA_DIR = path.join(REPO_ROOT, '.cache', `e2e-data-${PORT}`);
const OUTAGE_SPEC = /database-outage\.spec\.ts$/;
/** What the app logs in e2e runs (warnings and errors), kept for the report of a failed run. */
export const E2E_SERVER_LOG = path.join(REPO_ROOT, '.cache', `e2e-server-${PORT}.log`);

/**
 * End-to-end tests drive Debian's Chromium (no browser download) against the built app, which runs
 * on its own embedded database with the demo data in a fresh folder.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Per port, so that runs on different ports do not share results or data.
  outputDir: path.join(REPO_ROOT, '.cache', 'test-results', `playwright-${PORT}`),
  reporter: 'list',
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'de-DE',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium' },
      testIgnore: OUTAGE_SPEC,
    },
    // The outage test freezes the app's database for 30 s. It runs after every other test, so
    // that none of them shares the app with a database that has just come back.
    {
      name: 'chromium, database outage',
      use: { browserName: 'chromium' },
      testMatch: OUTAGE_SPEC,
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    command: `rm -rf .cache/e2e-data-${PORT} && exec node server/dist/index.cjs > ${JSON.stringify(E2E_SERVER_LOG)}`,
    cwd: REPO_ROOT,
    url: `${E2E_BASE_URL}/api/ready`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      SEED_DEMO: '1',
      SESSION_SECRET: 'e2e-session-secret-with-at-least-32-chars',
      LOG_LEVEL: 'warn',
    },
  },
});

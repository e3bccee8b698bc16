import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Tests that need what only a browser does (native `<dialog>`: focus trap, Escape). */
const BROWSER_TESTS = 'src/**/*.browser.test.{ts,tsx}';

/**
 * Component and hook tests beside the code they test (`*.test.ts(x)`), in jsdom; the few that
 * need a real browser (`*.browser.test.tsx`) run in Chromium. Both render with the real German
 * translations and a real QueryClient; see `src/test/setup.ts`.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    // Failure screenshots of the browser tests go with the other test output, out of the tree.
    attachmentsDir: '../.cache/test-results/vitest-attachments',
    setupFiles: ['src/test/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [BROWSER_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'chromium',
          include: [BROWSER_TESTS],
          browser: {
            enabled: true,
            headless: true,
            // The same Chromium the end-to-end tests use.
            provider: playwright({
              launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Component and hook tests in jsdom, beside the code they test (`*.test.ts(x)`). They render with
 * the real German translations and a real QueryClient; see `src/test/setup.ts`.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // i18next greets on the console once per process; the test output is the report.
    env: { I18NEXT_NO_SUPPORT_NOTICE: '1' },
  },
});

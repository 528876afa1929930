import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // Builds and real Chromium are slow on a busy 2-core machine; these are limits, not timings.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        // Tests of the test helpers themselves run with the unit tests: they need no build.
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/**/*.test.ts'],
          // Some run the checker over a whole corpus or start a script as a process; on a busy 2-core machine that
          // takes several seconds. A limit, not a timing.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/support/**'],
          globalSetup: ['tests/global-setup.ts'],
          // Builds and real Chromium are slow on a busy 2-core machine; these are limits, not timings.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

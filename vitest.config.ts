// Vitest: unit, sim and level tests run in Node; the end-to-end tests (tests/e2e) drive the
// built game in Debian's Chromium and run in their own project, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/sim/**/*.test.ts',
            'tests/levels/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/room/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

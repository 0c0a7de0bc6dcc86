import { defineConfig } from 'vitest/config';

export default defineConfig({
  cacheDir: './.astro',
  test: {
    projects: [
      {
        extends: true,
        // Some unit tests extract whole articles: on a shared two-core machine, 5 s is not enough.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

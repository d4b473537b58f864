import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          // one real build of the bundled content, shared by every build and browser test
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // browser tests share two cores: one file at a time keeps timings honest
          fileParallelism: false,
        },
      },
    ],
  },
});

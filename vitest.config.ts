import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // build-level tests share one built site (tests/global-setup.ts)
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});

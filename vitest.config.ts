import { defineConfig } from 'vitest/config';

// Every test runs with the process in a different zone from the sample spreadsheets
// (Asia/Bangkok), so code that leans on the script's zone instead of the sheet's fails here.
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

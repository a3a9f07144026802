import { defineConfig } from 'vitest/config';

/** The short form of the campaign, part of the test command (`campaign-short` tallies). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    testTimeout: 60_000,
    hookTimeout: 30_000,
    maxConcurrency: 16,
    provide: { scale: 'short' },
  },
});

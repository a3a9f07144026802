import { defineConfig } from 'vitest/config';

/**
 * The campaign. Default: the short form, part of the test command (its report is counted by
 * the test summary). `vitest run --mode full` (`pnpm reliability`): the same files at full scale,
 * its report in `.test-results/campaign-full/`, which the summary does not count.
 */
export default defineConfig(({ mode }) => {
  const full = mode === 'full';
  return {
    test: {
      include: ['test/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: {
        json: full ? '.test-results/campaign-full/vitest.json' : '.test-results/vitest.json',
      },
      testTimeout: full ? 900_000 : 60_000,
      hookTimeout: 30_000,
      maxConcurrency: 16,
      provide: { scale: full ? 'full' : 'short' },
    },
  };
});

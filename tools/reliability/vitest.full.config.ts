import { defineConfig, mergeConfig } from 'vitest/config';
import short from './vitest.config';

/**
 * The full campaign (`pnpm reliability`): the same files at full scale. Its Vitest report goes
 * to `.test-results/campaign-full/`, which the test summary does not count.
 */
export default mergeConfig(
  short,
  defineConfig({
    test: {
      outputFile: { json: '.test-results/campaign-full/vitest.json' },
      testTimeout: 900_000,
      provide: { scale: 'full' },
    },
  }),
);

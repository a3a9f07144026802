import { defineConfig } from 'tsdown';

// ESM only: `ai` 7, `@ai-sdk/provider` 4 and `@ai-sdk/provider-utils` 5 ship no CommonJS build.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: 'neutral',
  target: 'es2023',
});

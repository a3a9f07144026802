import { defineConfig, type UserConfig } from 'tsdown';

const shared: UserConfig = {
  entry: ['src/index.ts'],
  dts: true,
  sourcemap: true,
  platform: 'neutral',
  target: 'es2023',
};

export default defineConfig([
  { ...shared, format: 'esm', clean: true },
  // ky is ESM-only: `require('ky')` (Node's require(esm)) gives its namespace, whose `default`
  // the CommonJS interop of a `"type": "module"` package does not unwrap (`ky.default is not a
  // function`). The CommonJS build therefore carries its own copy of ky.
  { ...shared, format: 'cjs', clean: false, deps: { alwaysBundle: ['ky'] } },
]);

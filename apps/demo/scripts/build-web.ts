/**
 * Bundles the chat page (`src/web/client`) into `dist/web`: `index.html`, `assets/client.js` (React,
 * `@ai-sdk/react` and the page, one minified ESM file) and `assets/client.css`. esbuild only: no
 * network, no CDN, no framework server. Run by `pnpm build`.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const client = `${root}src/web/client/`;
const out = `${root}dist/web/`;

await rm(out, { recursive: true, force: true });
await mkdir(`${out}assets`, { recursive: true });
const result = await build({
  entryPoints: { client: `${client}main.tsx`, 'client-styles': `${client}styles.css` },
  outdir: `${out}assets`,
  entryNames: '[name]',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});
await copyFile(`${client}index.html`, `${out}index.html`);
const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith('.map') && !file.endsWith('.txt'))
  .map(([file, { bytes }]) => `${file.replace(root, '')} ${(bytes / 1024).toFixed(0)} KB`);
console.log(`chat page built: ${bytes.join(', ')}`);

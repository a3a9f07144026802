// Size of core with its dependencies, bundled for the browser with esbuild (minified), gzipped with node:zlib.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

async function bundle(contents) {
  const out = await build({
    stdin: { contents, resolveDir: here, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2023',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Bundles core (everything it exports) and its dependencies alone. */
export async function measureSize() {
  const core = await bundle(`export * from ${JSON.stringify(join(here, '../dist/index.js'))};`);
  const deps = await bundle(
    `export * from 'ky'; export { default } from 'ky'; export * from 'eventsource-parser';`,
  );
  return { core, deps };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { core, deps } = await measureSize();
  console.log({ core, deps, coreOwnGzip: core.gzip - deps.gzip });
}

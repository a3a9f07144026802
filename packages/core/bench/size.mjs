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

/**
 * What an app that imports `Transport` pays (core and what it pulls in; `@clova-studio/apis`
 * imports the same), against the parts of ky and eventsource-parser that core imports, alone.
 */
export async function measureSize() {
  const core = await bundle(
    `export { Transport } from ${JSON.stringify(join(here, '../dist/index.js'))};`,
  );
  const deps = await bundle(
    `export { default, HTTPError, NetworkError, TimeoutError } from 'ky'; export { createParser } from 'eventsource-parser';`,
  );
  return { core, deps };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { core, deps } = await measureSize();
  console.log({ core, deps, coreOwnGzip: core.gzip - deps.gzip });
}

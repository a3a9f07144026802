// Benchmarks of @clova-studio/apis: per-call latency vs the `openai` package (and raw fetch), and
// browser bundle size vs `openai`.
// Run with `pnpm run bench` (builds nothing: run `pnpm exec tsdown` first so dist/ is current).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { latency, printLatency } from './latency.mjs';

const here = dirname(fileURLToPath(import.meta.url));

async function bundleSize(entry) {
  const out = await build({
    entryPoints: [join(here, 'apps', entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const perf = await latency();
const ours = await bundleSize('clova-chat.js');
const whole = await bundleSize('clova-client.js');
const theirs = await bundleSize('openai-chat.js');
const results = {
  date: new Date().toISOString(),
  node: process.version,
  latency: perf,
  size: {
    clovaChat: ours,
    clovaWholeClient: whole,
    openai: theirs,
    ratio: ours.gzipBytes / theirs.gzipBytes,
  },
};

printLatency(perf);
console.log('Browser bundle (esbuild, minified, gzip -9, all dependencies)');
console.log(
  `  @clova-studio/apis chat create+stream  ${kb(ours.gzipBytes)} (${kb(ours.minBytes)} min)`,
);
console.log(
  `  @clova-studio/apis whole ClovaStudio   ${kb(whole.gzipBytes)} (${kb(whole.minBytes)} min)`,
);
console.log(
  `  openai chat.completions.create         ${kb(theirs.gzipBytes)} (${kb(theirs.minBytes)} min)`,
);
console.log(
  `  ratio                                  ${results.size.ratio.toFixed(2)}× (goal ≤ 0.5×)`,
);

await mkdir(join(here, 'results'), { recursive: true });
await writeFile(join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

// embedMany throughput under a 60 requests/minute limit (tools; writes results/embed-many.json)
await import('./embed-many.mjs');

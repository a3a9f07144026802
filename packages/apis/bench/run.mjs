// Benchmarks of @clova-studio/apis: request overhead vs raw fetch, and browser bundle size vs `openai`.
// Run with `pnpm run bench` (builds nothing: run `pnpm exec tsdown` first so dist/ is current).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startEmulator } from '@clova-studio/emulator';
import { build } from 'esbuild';
import { ClovaStudio } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 400);
const WARMUP = 50;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function overhead(latency) {
  const emu = await startEmulator({ rateLimits: false, ...(latency ? { latency } : {}) });
  try {
    const client = new ClovaStudio({
      apiKey: emu.apiKey,
      baseURL: emu.url,
      maxRetries: 0,
      logLevel: 'off',
    });
    const params = {
      model: 'HCX-005',
      messages: [
        { role: 'system', content: 'You are a concise assistant.' },
        { role: 'user', content: 'What is the capital of Korea?' },
      ],
      maxTokens: 64,
      temperature: 0.5,
      seed: 7,
    };
    const { model, ...body } = params;
    const url = `${emu.url}/v3/chat-completions/${model}`;
    const rawFetch = async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${emu.apiKey}`,
          'content-type': 'application/json',
          'x-ncp-clovastudio-request-id': crypto.randomUUID(),
        },
        body: JSON.stringify(body),
      });
      const json = await res.json();
      if (json.status?.code !== '20000') throw new Error('unexpected');
      return json.result;
    };
    const sdk = () => client.chat.create(params);
    // core alone: same request through the transport, no validation or response parsing
    const transport = () =>
      client.transport.request({ method: 'POST', path: `/v3/chat-completions/${model}`, body });
    const iterations = latency ? Math.min(ITERATIONS, 60) : ITERATIONS;
    const fns = [rawFetch, transport, sdk];
    for (let i = 0; i < (latency ? 5 : WARMUP); i++) for (const fn of fns) await fn();
    const times = fns.map(() => []);
    for (let i = 0; i < iterations; i++) {
      // interleaved, rotating order, so drift and GC hit every side alike
      for (let j = 0; j < fns.length; j++) {
        const k = (i + j) % fns.length;
        const t = performance.now();
        await fns[k]();
        times[k].push(performance.now() - t);
      }
    }
    const [raw, core, ours] = times.map(median);
    return {
      iterations,
      latency: latency ?? null,
      rawMedianMs: raw,
      transportMedianMs: core,
      sdkMedianMs: ours,
      ratio: ours / raw,
      transportRatio: core / raw,
    };
  } finally {
    await emu.close();
  }
}

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

const perf = await overhead();
const perfLatency = await overhead({ firstTokenMs: 20, perTokenMs: 0 });
const ours = await bundleSize('clova-chat.js');
const whole = await bundleSize('clova-client.js');
const theirs = await bundleSize('openai-chat.js');
const results = {
  date: new Date().toISOString(),
  node: process.version,
  overhead: perf,
  overheadWithLatency: perfLatency,
  size: {
    clovaChat: ours,
    clovaWholeClient: whole,
    openai: theirs,
    ratio: ours.gzipBytes / theirs.gzipBytes,
  },
};

console.log('Overhead: client.chat.create vs raw fetch (emulator, same request, interleaved)');
console.log(`  raw fetch median   ${perf.rawMedianMs.toFixed(3)} ms`);
console.log(`  chat.create median ${perf.sdkMedianMs.toFixed(3)} ms`);
console.log(
  `  core transport     ${perf.transportMedianMs.toFixed(3)} ms (${perf.transportRatio.toFixed(3)}×)`,
);
console.log(
  `  ratio              ${perf.ratio.toFixed(3)}× (goal ≤ 1.10×) over ${perf.iterations} requests`,
);
console.log(
  `  with 20 ms emulator latency: raw ${perfLatency.rawMedianMs.toFixed(2)} ms, chat.create ${perfLatency.sdkMedianMs.toFixed(2)} ms, ratio ${perfLatency.ratio.toFixed(3)}×`,
);
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

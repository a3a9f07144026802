// Benchmark of embedMany: throughput under an emulator limit of 60 requests per minute, with zero 429s.
// Default: emulator time runs BENCH_TIME_SCALE× (default 10) faster than real time, so its ~2 minutes of
// emulator time take ~13 s; BENCH_REAL_TIME=1 runs on the wall clock instead (~2 minutes).
// Run with `node bench/embed-many.mjs` after `pnpm exec tsdown` (dist/ must be current).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@clova-studio/emulator';
import { ClovaStudio } from '../dist/index.js';
import { systemClock } from '../dist/internal.js';

const here = dirname(fileURLToPath(import.meta.url));
const RPM = 60;
const WINDOWS = Number(process.env.BENCH_EMBED_WINDOWS ?? 3);
const REAL_TIME = process.env.BENCH_REAL_TIME === '1';
const SCALE = REAL_TIME ? 1 : Number(process.env.BENCH_TIME_SCALE ?? 10);

/** A clock on the emulator's clock, running SCALE× faster than real time (sleeps are shortened alike). */
function scaledClock(emu, scale) {
  if (scale === 1)
    return { clock: { now: () => emu.clock.now(), sleep: systemClock.sleep }, stop() {} };
  const realStart = performance.now();
  let advanced = 0;
  const sync = () => {
    const due = (performance.now() - realStart) * (scale - 1) - advanced;
    if (due > 0) {
      emu.clock.advance(due);
      advanced += due;
    }
  };
  const timer = setInterval(sync, 1);
  return {
    clock: {
      now: () => {
        sync();
        return emu.clock.now();
      },
      sleep: (ms, signal) => systemClock.sleep(ms / scale, signal),
    },
    stop: () => clearInterval(timer),
  };
}

const emu = await startEmulator({ rateLimits: { requestsPerMinute: RPM } });
const { clock, stop } = scaledClock(emu, SCALE);
const starts = [];
try {
  const client = new ClovaStudio({
    apiKey: emu.apiKey,
    baseURL: emu.url,
    maxRetries: 0,
    logLevel: 'off',
    fetch: (input, init) => {
      starts.push(clock.now());
      return fetch(input, init);
    },
  });
  const texts = Array.from({ length: RPM * WINDOWS }, (_, i) => `benchmark text number ${i}`);
  const t0 = clock.now();
  const result = await client.embeddings.embedMany(texts, {
    requestsPerMinute: RPM,
    concurrency: 8,
    clock,
  });
  const elapsed = clock.now() - t0;
  const statuses = emu.requests.map((r) => r.status);
  const tooMany = statuses.filter((s) => s === 429).length;

  // Throughput: M requests take ceil(M / limit) minutes of quota at best, i.e. the last can start one minute per
  // full batch after the first. Rate = M over (first start → last start + one minute): exactly the limit for a
  // perfect client, lower for every millisecond of lost quota.
  const sorted = [...starts].sort((a, b) => a - b);
  const span = sorted.at(-1) - sorted[0] + 60_000;
  const perMinute = (sorted.length / span) * 60_000;
  let maxInWindow = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= 60_000) lo++;
    maxInWindow = Math.max(maxInWindow, hi - lo + 1);
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    mode: REAL_TIME ? 'real time' : `emulator time ×${SCALE}`,
    limitPerMinute: RPM,
    texts: texts.length,
    embeddings: result.embeddings.length,
    requests: statuses.length,
    http429: tooMany,
    elapsedMs: Math.round(elapsed),
    requestsPerMinute: Number(perMinute.toFixed(2)),
    ofLimit: Number((perMinute / RPM).toFixed(4)),
    maxStartsInAnyMinute: maxInWindow,
  };
  console.log(`embedMany under ${RPM} requests/minute (${results.mode})`);
  console.log(`  ${texts.length} texts, ${statuses.length} requests, ${tooMany} × 429`);
  console.log(
    `  throughput ${perMinute.toFixed(2)} requests/minute = ${(100 * results.ofLimit).toFixed(1)} % of the limit (goal ≥ 90 %)`,
  );
  console.log(
    `  at most ${maxInWindow} request starts in any 60 s; elapsed ${(elapsed / 1000).toFixed(1)} s`,
  );
  await mkdir(join(here, 'results'), { recursive: true });
  await writeFile(
    join(here, 'results', 'embed-many.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
} finally {
  stop();
  await emu.close();
}

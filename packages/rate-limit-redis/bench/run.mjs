// Benchmark of @clova-studio/rate-limit-redis: 4 worker processes embed 2,000 texts against one
// emulator limited to 120 requests per minute, with the shared Redis budget and without it (each
// worker on embedMany's own limiter at the full 120 per minute, as one would set it per process
// today). Reports 429s, completed requests per minute and wall time. Run `pnpm run bench` (or
// `npx -y pnpm@12.4.2 bench` at the root, which builds first). BENCH_TIME_SCALE (default 20)
// sets how many times faster than real time the emulator and the workers' clocks run.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@clova-studio/emulator';
import { startRedisServer } from '@clova-studio/redis-server';
import { budgetUse, makeTexts, runFleet } from '../test/fleet/run-fleet.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TIME_SCALE = Number(process.env.BENCH_TIME_SCALE ?? 20);
const RPM = 120;
const TEXTS = 2_000;

async function scenario(name, options) {
  const emulator = await startEmulator({
    rateLimits: { requestsPerMinute: RPM },
    timeScale: TIME_SCALE,
  });
  try {
    const run = await runFleet({ emulator, texts: makeTexts(TEXTS), concurrency: 4, ...options });
    const n429 = emulator.requests.filter((r) => r.status === 429).length;
    const perMinute = (run.done / run.spanMs) * 60_000;
    const row = {
      name,
      completed: run.done,
      http429: n429,
      completedPerMinute: Math.round(perMinute * 10) / 10,
      budgetUsed: Math.round(budgetUse(run.done, RPM, run.spanMs) * 1000) / 10,
      jobMinutes: Math.round((run.spanMs / 60_000) * 100) / 100,
      wallSeconds: Math.round(run.wallMs / 100) / 10,
    };
    console.log(
      `${name.padEnd(44)} 429s ${String(n429).padStart(5)}  ${row.completedPerMinute.toFixed(1).padStart(6)} req/min  ` +
        `${row.budgetUsed.toFixed(1)} % of the budget  job ${row.jobMinutes} min (emulator)  wall ${row.wallSeconds} s`,
    );
    return row;
  } finally {
    await emulator.close();
  }
}

const redis = await startRedisServer();
try {
  console.log(`4 workers × 2,000 texts, emulator limit ${RPM} requests/min, time ×${TIME_SCALE}`);
  const rows = [
    await scenario('shared Redis budget (RedisBudgetStore)', {
      redisURL: redis.url,
      budget: { requestsPerMinute: RPM },
    }),
    await scenario('no shared budget (embedMany 120/min each)', {
      redisURL: redis.url,
      budget: undefined,
      ownRequestsPerMinute: RPM,
    }),
  ];
  await mkdir(join(here, 'results'), { recursive: true });
  await writeFile(
    join(here, 'results', 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, timeScale: TIME_SCALE, rows }, null, 2)}\n`,
  );
} finally {
  await redis.stop();
}

// Embeds a corpus with N worker processes pulling from one BullMQ queue, all under one rate
// budget in the same Redis, with a progress bar over the whole job. Against the emulator (at a
// time scale, limited to --rpm) unless CLOVA_STUDIO_API_KEY is set; on REDIS_URL, or on a
// redis-server it starts itself.
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { type RunningRedis, startRedisServer } from '@clova-studio/redis-server';
import { Queue } from 'bullmq';
import { Presets, SingleBar } from 'cli-progress';
import { Redis } from 'ioredis';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '4' },
    texts: { type: 'string', default: '2000' },
    rpm: { type: 'string', default: '120' },
    concurrency: { type: 'string', default: '4' },
    'time-scale': { type: 'string', default: '20' },
  },
});
const workers = Number(values.workers);
const total = Number(values.texts);
const rpm = Number(values.rpm);

let emulator: RunningEmulator | undefined;
let redis: RunningRedis | undefined;
const real = Boolean(process.env.CLOVA_STUDIO_API_KEY);
if (!real) {
  emulator = await startEmulator({
    rateLimits: { requestsPerMinute: rpm },
    timeScale: Number(values['time-scale']),
  });
}
const timeScale = emulator?.clock.timeScale ?? 1;
if (!process.env.REDIS_URL) redis = await startRedisServer();
const redisURL = process.env.REDIS_URL || redis!.url;
// Ctrl-C (or a kill) stops the redis-server this run started, with the rest of the process
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void redis?.stop().finally(() => process.exit(130));
  });
}

const name = `embed-fleet-${Date.now()}`;
const connection = new Redis(redisURL, { maxRetriesPerRequest: null });
const queue = new Queue(name, { connection });
const corpus = Array.from(
  { length: total },
  (_, i) => `Document ${i}: notes on rate budgets, queues and embeddings, part ${i % 97}.`,
);
await queue.addBulk(
  corpus.map((text, i) => ({
    name: 'embed',
    data: { text },
    opts: { jobId: `text-${i}`, attempts: 5, backoff: { type: 'exponential', delay: 1_000 } },
  })),
);

const started = Date.now();
const env = {
  ...process.env,
  FLEET_REDIS_URL: redisURL,
  FLEET_QUEUE: name,
  FLEET_RPM: String(rpm),
  FLEET_CONCURRENCY: values.concurrency,
  FLEET_TIME_SCALE: String(timeScale),
  FLEET_ORIGIN: String(started),
  ...(emulator && { CLOVA_STUDIO_API_KEY: emulator.apiKey, CLOVA_STUDIO_BASE_URL: emulator.url }),
};
const children = Array.from({ length: workers }, () =>
  fork(new URL('./worker.ts', import.meta.url), { env, execArgv: process.execArgv }),
);
let stopping = false;
for (const child of children) {
  child.once('exit', (code) => {
    if (stopping || code === 0) return;
    console.error(`a worker exited with ${code}: stopping`);
    void redis?.stop().finally(() => process.exit(1));
  });
}

console.log(
  `${total} texts, ${workers} workers, one budget of ${rpm} requests/min` +
    (emulator ? ` (emulator at ${timeScale}× real time)` : ' (CLOVA Studio)'),
);
const bar = new SingleBar(
  { format: '{bar} {percentage}% | {value}/{total} texts | {failed} failed', noTTYOutput: false },
  Presets.shades_classic,
);
bar.start(total, 0, { failed: 0 });
let counts = { completed: 0, failed: 0 };
let firstDone: number | undefined; // once the workers are up and running
while (counts.completed + counts.failed < total) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  counts = (await queue.getJobCounts('completed', 'failed')) as typeof counts;
  if (counts.completed > 0) firstDone ??= Date.now();
  bar.update(counts.completed, { failed: counts.failed });
}
bar.stop();

const minutes = ((Date.now() - (firstDone ?? started)) * timeScale) / 60_000;
console.log(
  `done: ${counts.completed}/${total} embedded, ${counts.failed} failed in ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s, ${(counts.completed / minutes).toFixed(1)} requests/min` +
    (emulator ? `, ${emulator.requests.filter((r) => r.status === 429).length} answered 429` : ''),
);

stopping = true;
for (const child of children) child.send('stop');
await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
await queue.obliterate({ force: true });
await queue.close();
await connection.quit();
await emulator?.close();
await redis?.stop();

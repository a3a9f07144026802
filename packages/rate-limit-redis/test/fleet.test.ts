import { type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { type RunningRedis, startRedisServer } from '@clova-studio/redis-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the benchmark
import { budgetUse, makeTexts, runFleet } from './fleet/run-fleet.mjs';

// one emulator minute is six real seconds; the workers' clocks run on the same scale. (Each
// call's latency counts 10 times over in emulator time, which is what keeps the share of the
// budget used under 100 % here; at real time it is a fraction of a percent.)
const TIME_SCALE = 10;
const RPM = 120;
const CONCURRENCY = 4; // calls in flight per worker

let redis: RunningRedis;
let emulator: RunningEmulator | undefined;
beforeAll(async () => {
  redis = await startRedisServer();
}, 600_000); // on a new machine this installs redis-server first
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});
afterAll(async () => {
  await redis?.stop();
});

const count429 = () => emulator!.requests.filter((r) => r.status === 429).length;

describe('4 worker processes, one Redis budget', () => {
  it(`embed 2,000 texts within ${RPM} requests per minute: no 429, ≥ 90 % of the budget used`, async () => {
    emulator = await startEmulator({
      rateLimits: { requestsPerMinute: RPM },
      timeScale: TIME_SCALE,
    });
    const texts = makeTexts(2_000);
    const run = await runFleet({
      emulator,
      redisURL: redis.url,
      texts,
      budget: { requestsPerMinute: RPM },
      concurrency: CONCURRENCY,
    });
    expect(run.done).toBe(2_000);
    expect(count429()).toBe(0);
    expect(emulator.requests).toHaveLength(2_000);
    expect(budgetUse(2_000, RPM, run.spanMs)).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('the same when a tokens-per-minute limit binds before the requests limit', async () => {
    const TPM = 4_800; // texts of ~42 tokens: ~113 requests a minute, under the 120 QPM
    emulator = await startEmulator({
      rateLimits: { requestsPerMinute: RPM, tokensPerMinute: TPM },
      timeScale: TIME_SCALE,
    });
    const texts = makeTexts(2_000, 20);
    const run = await runFleet({
      emulator,
      redisURL: redis.url,
      texts,
      budget: { requestsPerMinute: RPM, tokensPerMinute: TPM },
      concurrency: CONCURRENCY,
    });
    expect(run.done).toBe(2_000);
    expect(count429()).toBe(0);
    // the token limit is the one that binds: it admits fewer of these texts a minute than RPM
    expect(TPM / (run.tokens / texts.length)).toBeLessThan(RPM);
    expect(budgetUse(run.tokens, TPM, run.spanMs)).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});

describe('Redis stopped mid-run', () => {
  const TEXTS = 400;
  const run = (onUnavailable: 'fail-open' | 'fail-closed', whenStopped: () => Promise<void>) =>
    new Promise<Awaited<ReturnType<typeof runFleet>>>((resolve, reject) => {
      let stopped = false;
      runFleet({
        emulator,
        redisURL: redis.url,
        texts: makeTexts(TEXTS),
        budget: { requestsPerMinute: RPM },
        mode: 'loop',
        onUnavailable,
        concurrency: CONCURRENCY,
        onProgress: (done: number) => {
          if (stopped || done < TEXTS / 4) return;
          stopped = true;
          redis.stop().then(whenStopped).catch(reject);
        },
      }).then(resolve, reject);
    });
  const answered = () => emulator!.requests.filter((r) => r.status === 200).length;

  it('fail-closed: calls are refused with RateBudgetUnavailableError until Redis is back; none is lost', async () => {
    emulator = await startEmulator({ rateLimits: { requestsPerMinute: RPM }, timeScale: 60 });
    const result = await run('fail-closed', async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await redis.restart();
    });
    expect(result.unavailable).toBeGreaterThan(0);
    expect(result.done).toBe(TEXTS);
    // a refused call was never sent: every text reached the service exactly once
    expect(answered()).toBe(TEXTS);
  }, 60_000);

  it('fail-open: the workers go on, each on a local quarter of the budget, with a warning; none is lost', async () => {
    emulator = await startEmulator({ rateLimits: { requestsPerMinute: RPM }, timeScale: 60 });
    try {
      const result = await run('fail-open', async () => undefined);
      expect(result.unavailable).toBe(0);
      expect(result.done).toBe(TEXTS);
      expect(answered()).toBe(TEXTS);
      expect(result.warnings.length).toBeGreaterThanOrEqual(1);
      expect(result.warnings[0]).toMatch(/failing open to a local budget of 0.25/);
    } finally {
      await redis.restart();
    }
  }, 60_000);
});

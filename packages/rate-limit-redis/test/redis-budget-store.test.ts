import { type BudgetClaim, RateBudgetUnavailableError } from '@clova-studio/apis';
import { type RunningRedis, startRedisServer } from '@clova-studio/redis-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisBudgetStore, type RedisBudgetStoreOptions } from '../src/index.ts';

let redis: RunningRedis;
const stores: RedisBudgetStore[] = [];
beforeAll(async () => {
  redis = await startRedisServer();
}, 600_000); // on a new machine this installs redis-server first
afterAll(async () => {
  for (const store of stores) await store.close();
  await redis?.stop();
});

let prefixes = 0;
/** Stores on one prefix, each with a connection of its own (as separate processes would have). */
function storesOn(count: number, options: Partial<RedisBudgetStoreOptions> = {}) {
  const prefix = `test-${++prefixes}`;
  return Array.from({ length: count }, () => {
    const store = new RedisBudgetStore({
      redis: redis.url,
      onUnavailable: 'fail-closed',
      prefix,
      probeIntervalMs: 50,
      timeoutMs: 300,
      ...options,
    });
    stores.push(store);
    return store;
  });
}

let ids = 0;
const claim = (over: Partial<BudgetClaim> = {}): BudgetClaim => ({
  bucket: 'embedding/v2',
  id: `c${++ids}`,
  tokens: 0,
  limits: { requestsPerMinute: 10 },
  windowMs: 60_000,
  now: 1_000_000,
  pending: false,
  ...over,
});

describe('RedisBudgetStore', () => {
  it('takes exactly the limit when many connections race for one window', async () => {
    const [a, b, c] = storesOn(3);
    const waits = await Promise.all(
      Array.from({ length: 60 }, (_, i) => [a!, b!, c!][i % 3]!.reserve(claim())),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(10);
    // the first claim leaves the window 60 s after it was taken
    expect(Math.max(...waits)).toBe(60_000);
  });

  it('slides the window: claims leave it one window after they were taken', async () => {
    const [store] = storesOn(1);
    const limits = { requestsPerMinute: 2 };
    expect(await store!.reserve(claim({ limits, now: 0 }))).toBe(0);
    expect(await store!.reserve(claim({ limits, now: 30_000 }))).toBe(0);
    expect(await store!.reserve(claim({ limits, now: 59_999 }))).toBe(1);
    expect(await store!.reserve(claim({ limits, now: 60_000 }))).toBe(0);
    expect(await store!.reserve(claim({ limits, now: 60_001 }))).toBe(29_999);
  });

  it('counts tokens, and a settle replaces the estimate for every process', async () => {
    const [a, b] = storesOn(2);
    const limits = { tokensPerMinute: 1_000 };
    const first = claim({ limits, tokens: 800, now: 0 });
    expect(await a!.reserve(first)).toBe(0);
    expect(await b!.reserve(claim({ limits, tokens: 300, now: 10 }))).toBe(59_990);
    await a!.settle(first.bucket, first.id, { tokens: 200 });
    expect(await b!.reserve(claim({ limits, tokens: 300, now: 20 }))).toBe(0);
    // a claim larger than the whole limit waits for an empty window, then goes
    expect(await b!.reserve(claim({ limits, tokens: 5_000, now: 30 }))).toBe(59_990);
    expect(await b!.reserve(claim({ limits, tokens: 5_000, now: 60_020 }))).toBe(0);
  });

  it('a pending claim holds its place until its call starts, for every process', async () => {
    const [a, b] = storesOn(2);
    const limits = { requestsPerMinute: 1 };
    const slow = claim({ limits, now: 0, pending: true });
    expect(await a!.reserve(slow)).toBe(0);
    expect(await b!.reserve(claim({ limits, now: 70_000 }))).toBe(50_000);
    await a!.settle(slow.bucket, slow.id, { startedAt: 70_000 });
    expect(await b!.reserve(claim({ limits, now: 100_000 }))).toBe(30_000);
    expect(await b!.reserve(claim({ limits, now: 130_000 }))).toBe(0);
  });

  it('a pause set by one process holds every other', async () => {
    const [a, b] = storesOn(2);
    await a!.pause('HCX-005', 5_000, 60_000);
    await a!.pause('HCX-005', 4_000, 60_000); // never shortened
    expect(await b!.reserve(claim({ bucket: 'HCX-005', now: 1_000 }))).toBe(4_000);
    expect(await b!.reserve(claim({ bucket: 'HCX-005', now: 5_000 }))).toBe(0);
  });

  it('requires an explicit failure mode', () => {
    expect(
      () => new RedisBudgetStore({ redis: redis.url } as unknown as RedisBudgetStoreOptions),
    ).toThrow("onUnavailable must be 'fail-open' or 'fail-closed'");
  });
});

describe('Redis stopped', () => {
  it('fail-closed rejects at once with RateBudgetUnavailableError, and recovers when Redis is back', async () => {
    const [store] = storesOn(1, { onUnavailable: 'fail-closed' });
    expect(await store!.reserve(claim())).toBe(0);
    await redis.stop();
    try {
      const error = await store!.reserve(claim()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateBudgetUnavailableError);
      // settle and pause never throw into a call whose answer is already in
      await expect(store!.settle('embedding/v2', 'x', { tokens: 1 })).rejects.toBeInstanceOf(
        RateBudgetUnavailableError,
      );
    } finally {
      await redis.restart();
    }
    let wait: number | undefined;
    while (wait === undefined) {
      wait = await store!.reserve(claim()).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(wait).toBe(0);
  });

  it('fail-open warns once and goes on with a local budget of localShare of each limit', async () => {
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m), info: () => undefined };
    const [store] = storesOn(1, { onUnavailable: 'fail-open', localShare: 0.5, logger });
    await redis.stop();
    try {
      const limits = { requestsPerMinute: 4 };
      const waits = [];
      for (let i = 0; i < 3; i++) waits.push(await store!.reserve(claim({ limits, now: 0 })));
      expect(waits).toEqual([0, 0, 60_000]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/failing open to a local budget of 0.5/);
    } finally {
      await redis.restart();
    }
  });
});

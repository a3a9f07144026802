import { type RunningEmulator, startEmulator } from '@clova-studio/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIUserAbortError,
  type BudgetClaim,
  type BudgetSettlement,
  ClovaStudio,
  estimateTokens,
  MemoryBudgetStore,
  RateBudget,
  RateLimitError,
  rateLimitBucket,
  reportedTokens,
  scaledClock,
  testKeyRateLimits,
} from '../src/index.ts';
import { fakeClock } from './helpers/fake-clock.ts';

/** A memory store that records what it was asked to do. */
class RecordingStore extends MemoryBudgetStore {
  claims: BudgetClaim[] = [];
  settled: Array<{ bucket: string; tokens: number }> = [];
  pauses: Array<{ bucket: string; until: number }> = [];
  override reserve(claim: BudgetClaim): number {
    const wait = super.reserve(claim);
    if (wait === 0) this.claims.push(claim);
    return wait;
  }
  override settle(bucket: string, id: string, settlement: BudgetSettlement): void {
    if (settlement.tokens !== undefined) this.settled.push({ bucket, tokens: settlement.tokens });
    super.settle(bucket, id, settlement);
  }
  override pause(bucket: string, until: number): void {
    this.pauses.push({ bucket, until });
    super.pause(bucket, until);
  }
}

const until = async (check: () => boolean): Promise<void> => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('RateBudget', () => {
  it('waits for tokens to leave the window when the token limit binds first', async () => {
    const clock = fakeClock();
    const budget = new RateBudget({
      requestsPerMinute: 100,
      tokensPerMinute: 1_000,
      safetyMarginMs: 0,
      clock,
    });
    await budget.acquire('HCX-005', { tokens: 600 });
    await budget.acquire('HCX-005', { tokens: 300 });
    await budget.acquire('HCX-005', { tokens: 300 }); // 1,200 > 1,000: waits for the first to leave
    expect(clock.now()).toBe(60_000);
  });

  it('settles the estimate with the real use, freeing tokens at once', async () => {
    const clock = fakeClock();
    const budget = new RateBudget({ tokensPerMinute: 1_000, safetyMarginMs: 0, clock });
    const ticket = await budget.acquire('embedding/v2', { tokens: 900 });
    ticket!.settle({ tokens: 100 });
    await new Promise((resolve) => setImmediate(resolve));
    await budget.acquire('embedding/v2', { tokens: 900 });
    expect(clock.sleeps).toEqual([]);
  });

  it('admits a claim larger than the whole token limit once the window is empty', async () => {
    const clock = fakeClock();
    const budget = new RateBudget({ tokensPerMinute: 100, safetyMarginMs: 0, clock });
    await budget.acquire('HCX-005', { tokens: 50 });
    await budget.acquire('HCX-005', { tokens: 5_000 });
    expect(clock.now()).toBe(60_000);
  });

  it('keeps buckets apart, uses perModel over the top-level limits and leaves unlimited buckets alone', async () => {
    const clock = fakeClock();
    const budget = new RateBudget({
      requestsPerMinute: 1,
      perModel: { 'HCX-007': { requestsPerMinute: 2 } },
      clock,
    });
    await budget.acquire('HCX-005');
    await budget.acquire('HCX-007');
    await budget.acquire('HCX-007');
    expect(clock.sleeps).toEqual([]);
    expect(new RateBudget(testKeyRateLimits).limitsOf('HCX-DASH-002')).toEqual({
      requestsPerMinute: 90,
      tokensPerMinute: 80_000,
    });
    expect(new RateBudget(testKeyRateLimits).limitsOf('embedding/v2')).toBeUndefined();
    expect(await new RateBudget().acquire('HCX-005')).toBeUndefined();
  });

  it('a pause holds every later claim of the bucket', async () => {
    const clock = fakeClock();
    const budget = new RateBudget({ requestsPerMinute: 10, clock });
    await budget.pause('HCX-005', 7_000);
    await budget.acquire('HCX-005');
    expect(clock.now()).toBe(7_000);
  });

  it('rejects with APIUserAbortError when aborted while waiting, and takes nothing', async () => {
    const store = new RecordingStore();
    const budget = new RateBudget({ requestsPerMinute: 1, store });
    await budget.acquire('HCX-005');
    const controller = new AbortController();
    const waiting = budget.acquire('HCX-005', { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(store.claims).toHaveLength(1);
  });

  it('a pending claim keeps its place until its call starts, then counts from that moment', () => {
    const store = new MemoryBudgetStore();
    const claim = (id: string, now: number, pending = false): BudgetClaim => ({
      bucket: 'HCX-005',
      id,
      tokens: 0,
      limits: { requestsPerMinute: 1 },
      windowMs: 60_000,
      now,
      pending,
    });
    expect(store.reserve(claim('slow', 0, true))).toBe(0);
    // 70 s later the request has still not reached the service: it still holds the window
    expect(store.reserve(claim('b', 70_000))).toBe(50_000);
    store.settle('HCX-005', 'slow', { startedAt: 70_000 });
    expect(store.reserve(claim('b', 100_000))).toBe(30_000);
    expect(store.reserve(claim('b', 130_000))).toBe(0);
  });

  it('rejects bad limits naming the field', () => {
    expect(() => new RateBudget({ requestsPerMinute: 0 })).toThrow(
      'rateLimit.requestsPerMinute must be a number of at least 1, got 0',
    );
    expect(() => new RateBudget({ perModel: { 'HCX-005': { tokensPerMinute: -1 } } })).toThrow(
      'rateLimit.perModel["HCX-005"].tokensPerMinute',
    );
  });
});

describe('scaledClock', () => {
  it('runs timeScale times real time from its origin, and sleeps in its own milliseconds', async () => {
    const origin = Date.now();
    const clock = scaledClock(1_000, origin);
    const before = clock.now();
    await clock.sleep(60_000); // a clock minute: 60 real milliseconds
    expect(clock.now() - before).toBeGreaterThanOrEqual(60_000);
    expect(() => scaledClock(0)).toThrow('timeScale must be a positive number, got 0');
  });
});

describe('buckets, estimates and reported usage', () => {
  it('names the bucket a call counts against', () => {
    expect(rateLimitBucket('/testapp/v3/chat-completions/HCX-005')).toBe('HCX-005');
    expect(rateLimitBucket('/v3/tasks/abc123/chat-completions')).toBe('task:abc123');
    expect(rateLimitBucket('/v1/api-tools/embedding/clir-emb-dolphin')).toBe(
      'embedding/clir-emb-dolphin',
    );
    expect(rateLimitBucket('/v1/openai/chat/completions', { model: 'HCX-007' })).toBe('HCX-007');
    expect(rateLimitBucket('/v1/routers/r1/versions/2/route')).toBe('router');
  });

  it('estimates prompt bytes / 3 plus the output cap', () => {
    const body = { messages: [{ role: 'user', content: 'abcdef' }], maxTokens: 100 };
    expect(estimateTokens({ bucket: 'HCX-005', path: '/v3/chat-completions/HCX-005', body })).toBe(
      102,
    );
    expect(estimateTokens({ bucket: 'x', path: '/x', body: { text: '안녕' } })).toBe(2);
  });

  it('reads usage from every answer shape', () => {
    expect(reportedTokens({ result: { usage: { totalTokens: 12 } } })).toBe(12);
    expect(reportedTokens({ usage: { prompt_tokens: 3, completion_tokens: 4 } })).toBe(7);
    expect(reportedTokens({ result: { inputTokens: 9, embedding: [] } })).toBe(9);
    expect(reportedTokens({ result: { inputLength: 2, outputLength: 5 } })).toBe(7);
    expect(reportedTokens({ result: { text: 'no usage' } })).toBeUndefined();
  });
});

describe('ClovaStudio({ rateLimit }) against the emulator', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    // Embedding v2 allows 3 calls per emulator minute, three real seconds (room for a slow machine)
    emulator = await startEmulator({
      rateLimits: { perModel: { '/v1/api-tools/embedding/v2': { requestsPerMinute: 3 } } },
      timeScale: 20,
    });
  });
  afterAll(() => emulator?.close());
  const client = (options: ConstructorParameters<typeof ClovaStudio>[0] = {}) =>
    new ClovaStudio({
      apiKey: emulator.apiKey,
      baseURL: emulator.url,
      maxRetries: 0,
      logLevel: 'off',
      ...options,
    });

  it('reserves an estimate, then settles a JSON call and a stream with the reported usage', async () => {
    emulator.reset();
    const store = new RecordingStore();
    const c = client({ rateLimit: { tokensPerMinute: 100_000, store } });
    const messages = [{ role: 'user' as const, content: 'Hello there' }];
    const res = await c.chat.create({ model: 'HCX-005', messages, maxTokens: 50 });
    const stream = await c.chat.stream({ model: 'HCX-005', messages, maxTokens: 50 });
    for await (const _ of stream) {
      // drain
    }
    const usage = await stream.usage();
    await until(() => store.settled.length === 2);
    expect(store.claims.map((claim) => [claim.bucket, claim.tokens])).toEqual([
      ['HCX-005', 54],
      ['HCX-005', 54],
    ]);
    expect(store.settled).toEqual([
      { bucket: 'HCX-005', tokens: res.usage?.totalTokens },
      { bucket: 'HCX-005', tokens: usage?.totalTokens },
    ]);
  });

  it('gates embedMany through the client budget (no second limiter of its own)', async () => {
    emulator.reset();
    const clock = fakeClock();
    const store = new RecordingStore();
    const c = client({ rateLimit: { requestsPerMinute: 2, store, clock } });
    const texts = ['a', 'b', 'c', 'd', 'e'];
    // the client's 2 per (fake) minute binds; Embedding v1 is not limited on this emulator
    const { embeddings } = await c.embeddings.embedMany(texts, { concurrency: 5 });
    expect(embeddings).toHaveLength(5);
    expect(store.claims).toHaveLength(5);
    expect(clock.sleeps.length).toBeGreaterThan(0);
    expect(store.settled.every((s) => s.tokens > 0)).toBe(true);
  });

  it('a 429 from the service pauses the bucket for every client sharing the budget', async () => {
    emulator.reset();
    const other = client(); // another process of the account, not on the budget
    for (let i = 0; i < 3; i++) await other.embeddings.createV2({ text: `x${i}` });
    const store = new RecordingStore();
    const budget = new RateBudget({ requestsPerMinute: 100, store }); // the quota is smaller than we think
    const a = client({ rateLimit: budget });
    const b = client({ rateLimit: budget });
    await expect(a.embeddings.createV2({ text: 'a' })).rejects.toBeInstanceOf(RateLimitError);
    expect(store.pauses).toHaveLength(1);
    expect(store.pauses[0]!.bucket).toBe('embedding/v2');
    // b waits out the pause (the reset hint) instead of meeting a 429 of its own
    await b.embeddings.createV2({ text: 'b' });
    const statuses = emulator.requests.map((r) => r.status);
    expect(statuses).toEqual([200, 200, 200, 429, 200]);
  });
});

import {
  APIUserAbortError,
  BadRequestError,
  RateLimitError,
  RequestValidationError,
} from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { type Clock, type EmbedManyProgress, embedMany, RateLimiter } from '../src/index.ts';
import { useEmulator } from './helpers/emulator.ts';

const RPM = 100;
const t = useEmulator({ rateLimits: { requestsPerMinute: RPM } });
const FAULT = 'x-clova-emulator-fault';

/** A limiter that counts the slots it has handed out. */
class CountingLimiter extends RateLimiter {
  acquired = 0;
  override async acquire(signal?: AbortSignal): Promise<void> {
    await super.acquire(signal);
    this.acquired++;
  }
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A fake clock on the emulator's clock (its rate-limit windows run on it): `sleep` moves it instead of waiting.
 * A jump must not overtake a request still on its way to the emulator (in real time, time does not jump), so
 * before moving the clock by more than a few milliseconds in total, it lets every request the limiter has let
 * through reach the emulator. Jumps left undrained stay under 200 ms, well inside the limiter's safety margin.
 */
function emulatorClock(limiter?: CountingLimiter): Clock & { slept: number } {
  let undrained = 0;
  const clock = {
    slept: 0,
    now: () => t.emulator.clock.now(),
    sleep: async (ms: number, signal?: AbortSignal) => {
      await nextTick();
      if (undrained + ms > 200) {
        while (limiter && t.emulator.requests.length < limiter.acquired) await nextTick();
        undrained = 0;
      } else {
        undrained += ms;
      }
      if (signal?.aborted) throw new APIUserAbortError('aborted');
      clock.slept += ms;
      t.emulator.clock.advance(ms);
    },
  };
  return clock;
}

/** A limiter of `limit` requests per minute on {@link emulatorClock}. */
function limiterOnEmulatorClock(limit: number): {
  limiter: CountingLimiter;
  clock: ReturnType<typeof emulatorClock>;
} {
  const clockRef: { current?: ReturnType<typeof emulatorClock> } = {};
  const limiter = new CountingLimiter({
    limit,
    // on a fake clock a wide margin costs nothing and absorbs any real delay of a busy machine
    safetyMarginMs: 5_000,
    clock: {
      now: () => t.emulator.clock.now(),
      sleep: (ms, signal) => clockRef.current!.sleep(ms, signal),
    },
  });
  clockRef.current = emulatorClock(limiter);
  return { limiter, clock: clockRef.current };
}

describe('embeddings.embedMany', () => {
  it('embeds 2,000 texts under a 100 requests/minute limit with zero 429s, in order', async () => {
    const texts = Array.from(
      { length: 2_000 },
      (_, i) => `document number ${i} about topic ${i % 37}`,
    );
    const { limiter, clock } = limiterOnEmulatorClock(RPM);
    const progress: EmbedManyProgress[] = [];
    const result = await t.client.embeddings.embedMany(texts, {
      limiter,
      concurrency: 16,
      clock,
      onProgress: (p) => progress.push(p),
    });

    const calls = t.requestsTo('/v1/api-tools/embedding/clir-emb-dolphin');
    expect(calls).toHaveLength(2_000);
    expect(calls.filter((r) => r.status === 429)).toHaveLength(0);
    expect(calls.every((r) => r.status === 200)).toBe(true);

    // order kept: each vector is the one the service gives for that text (after the batch's window has passed)
    t.emulator.clock.advance(61_000);
    expect(result.embeddings).toHaveLength(2_000);
    for (const i of [0, 1, 999, 1_998, 1_999]) {
      const single = await t.client.embeddings.create({ text: texts[i]! });
      expect(result.embeddings[i]).toEqual(single.embedding);
    }
    expect(result.inputTokens).toBe(result.results.reduce((n, r) => n + r.inputTokens, 0));

    // the budget was spent in windows of RPM: 2,000 / 100 → 19 waits of about a minute
    expect(clock.slept).toBeGreaterThanOrEqual(19 * 60_000);
    expect(progress).toHaveLength(2_000);
    expect(progress.at(-1)).toEqual({ completed: 2_000, total: 2_000, retries: 0 });
  }, 60_000);

  it('without a client-side budget, the same batch meets 429s (the emulator limit is real)', async () => {
    const texts = Array.from({ length: RPM + 5 }, (_, i) => `text ${i}`);
    const error = await t.client.embeddings
      .embedMany(texts, {
        limiter: new RateLimiter({ limit: 1_000_000 }),
        maxAttempts: 1,
        concurrency: 4,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: '42901' });
  });

  it('retries a 429 that still arrives (honouring Retry-After) and reports it', async () => {
    const { limiter, clock } = limiterOnEmulatorClock(RPM);
    const texts = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    const result = await t.client.embeddings.embedMany(texts, {
      model: 'bge-m3',
      limiter,
      clock,
      requestOptions: { headers: { [FAULT]: 'status=429; code=42901; retry-after=1; times=1' } },
    });
    const calls = t.requestsTo('/v1/api-tools/embedding/v2');
    expect(calls.filter((r) => r.status === 429)).toHaveLength(5);
    expect(calls.filter((r) => r.status === 200)).toHaveLength(5);
    expect(result.embeddings).toHaveLength(5);
    const again = await t.client.embeddings.createV2({ text: 'gamma' });
    expect(result.embeddings[2]).toEqual(again.embedding);
    expect(clock.slept).toBeGreaterThanOrEqual(1_000);
  });

  it('stops the batch on an error that retrying cannot fix', async () => {
    const texts = ['fine', 'word '.repeat(2_000), 'fine too'];
    const error = await t.client.embeddings
      .embedMany(texts, { clock: emulatorClock() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ code: '40003' });
  });

  it('rejects an empty text before sending anything, naming its index', async () => {
    const error = await t.client.embeddings
      .embedMany(['a', 'b', 'c', ''], { clock: emulatorClock() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).path).toBe('texts[3]');
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('is abortable (standalone)', async () => {
    const controller = new AbortController();
    const error = await embedMany(t.client.transport, ['a', 'b', 'c', 'd', 'e', 'f'], {
      concurrency: 1,
      clock: emulatorClock(),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.completed === 2) controller.abort();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(t.emulator.requests.length).toBeLessThan(6);
  });

  it('returns an empty result for no texts', async () => {
    expect(await t.client.embeddings.embedMany([])).toEqual({
      embeddings: [],
      results: [],
      inputTokens: 0,
    });
  });
});

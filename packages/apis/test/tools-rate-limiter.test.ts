import { APIUserAbortError } from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/index.ts';
import { fakeClock } from './helpers/fake-clock.ts';

/** Largest number of start times inside any half-open window of `windowMs`. */
function maxInWindow(starts: number[], windowMs: number): number {
  let max = 0;
  let lo = 0;
  for (let hi = 0; hi < starts.length; hi++) {
    while (starts[hi]! - starts[lo]! >= windowMs) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

describe('RateLimiter', () => {
  it('lets `limit` acquisitions through at once, then waits for the window to slide', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 1_000, safetyMarginMs: 0, clock });
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      await limiter.acquire();
      starts.push(clock.now());
    }
    expect(starts).toEqual([0, 0, 0, 1_000, 1_000, 1_000, 2_000]);
  });

  it('never allows more than `limit` in any window, with concurrent callers served in order', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 10, windowMs: 60_000, clock });
    const order: number[] = [];
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 95 }, (_, i) =>
        limiter.acquire().then(() => {
          order.push(i);
          starts.push(clock.now());
        }),
      ),
    );
    expect(order).toEqual(Array.from({ length: 95 }, (_, i) => i));
    expect(maxInWindow(starts, limiter.windowMs)).toBe(10);
    // the safety margin (1 % by default) widens the window
    expect(limiter.windowMs).toBe(60_600);
  });

  it('keeps throughput at the limit for a steady stream', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 60, windowMs: 60_000, safetyMarginMs: 0, clock });
    for (let i = 0; i < 600; i++) await limiter.acquire();
    // 600 requests at 60/min: the last starts after 9 full windows
    expect(clock.now()).toBe(9 * 60_000);
  });

  it('pauseUntil delays every later acquisition', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 100, windowMs: 1_000, clock });
    await limiter.acquire();
    limiter.pauseUntil(5_000);
    await limiter.acquire();
    expect(clock.now()).toBe(5_000);
    // the first acquisition (at 0) has left the window by now
    expect(limiter.available()).toBe(99);
  });

  it('rejects a waiting caller whose signal aborts, without taking a slot or blocking the queue', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000, safetyMarginMs: 0, clock });
    await limiter.acquire();
    const controller = new AbortController();
    controller.abort();
    await expect(limiter.acquire(controller.signal)).rejects.toBeInstanceOf(APIUserAbortError);
    await limiter.acquire();
    expect(clock.now()).toBe(1_000);
  });

  it('rejects a limit below 1', () => {
    expect(() => new RateLimiter({ limit: 0 })).toThrow(RangeError);
  });
});

import { MemoryBudgetStore } from './rate-limit/memory-budget-store.ts';
import { RateBudget } from './rate-limit/rate-budget.ts';
import type { Clock } from './shared/clock.ts';

/** Options of {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** Requests allowed in any window of `windowMs` (e.g. your quota in requests per minute). */
  limit: number;
  /** Window length in milliseconds, default 60,000 (one minute). */
  windowMs?: number;
  /**
   * Extra milliseconds added to the window so that network jitter cannot make the server see one request too many,
   * default 1 % of the window.
   */
  safetyMarginMs?: number;
  /** Time source (default the real clock; inject a fake one in tests). */
  clock?: Clock;
}

const BUCKET = 'requests';

/**
 * A client-side sliding-window rate limiter: at most `limit` acquisitions start in any window of
 * `windowMs + safetyMarginMs`, so a server counting requests per minute (fixed window, sliding window or a token
 * bucket of `limit` tokens) never sees the budget exceeded. Waiters are served first come, first served.
 * It is a one-bucket, requests-only {@link RateBudget} in memory (the client's `rateLimit` is the general form).
 *
 * @example
 * ```ts
 * const limiter = new RateLimiter({ limit: 60 }); // 60 requests per minute
 * await limiter.acquire(signal);
 * ```
 */
export class RateLimiter {
  /** Requests allowed per window. */
  readonly limit: number;
  /** Effective window (window + safety margin) in milliseconds. */
  readonly windowMs: number;
  readonly #store = new MemoryBudgetStore();
  readonly #budget: RateBudget;

  /** @param options - limit, window, safety margin and clock. */
  constructor(options: RateLimiterOptions) {
    if (!Number.isFinite(options.limit) || options.limit < 1) {
      throw new RangeError('RateLimiter limit must be a number of at least 1');
    }
    this.limit = Math.floor(options.limit);
    this.#budget = new RateBudget({
      requestsPerMinute: this.limit,
      windowMs: options.windowMs,
      safetyMarginMs: options.safetyMarginMs,
      clock: options.clock,
      store: this.#store,
    });
    this.windowMs = this.#budget.windowMs;
  }

  /**
   * Waits for a free slot and takes it. Callers are served in order.
   *
   * @throws APIUserAbortError when `signal` aborts while waiting (the slot is not taken).
   */
  async acquire(signal?: AbortSignal): Promise<void> {
    await this.#budget.acquire(BUCKET, { signal });
  }

  /** Delays every later acquisition until `time` (clock milliseconds), e.g. after a 429 with `Retry-After`. */
  pauseUntil(time: number): void {
    this.#store.pause(BUCKET, time);
  }

  /** Delays every later acquisition by `ms` from now (on the limiter's clock). */
  pauseFor(ms: number): void {
    this.pauseUntil(this.#budget.clock.now() + ms);
  }

  /** Slots free right now (ignoring a pause). */
  available(): number {
    return this.limit - this.#store.count(BUCKET, this.windowMs, this.#budget.clock.now());
  }
}

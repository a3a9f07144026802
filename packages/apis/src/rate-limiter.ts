import { type Clock, systemClock, throwIfAborted } from './shared/clock.ts';

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

/**
 * A client-side sliding-window rate limiter: at most `limit` acquisitions start in any window of
 * `windowMs + safetyMarginMs`, so a server counting requests per minute (fixed window, sliding window or a token
 * bucket of `limit` tokens) never sees the budget exceeded. Waiters are served first come, first served.
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
  readonly #clock: Clock;
  /** Start times of the acquisitions still inside the window, oldest first. */
  readonly #starts: number[] = [];
  #pausedUntil = Number.NEGATIVE_INFINITY;
  #tail: Promise<void> = Promise.resolve();

  /** @param options - limit, window, safety margin and clock. */
  constructor(options: RateLimiterOptions) {
    if (!Number.isFinite(options.limit) || options.limit < 1) {
      throw new RangeError('RateLimiter limit must be a number of at least 1');
    }
    const windowMs = options.windowMs ?? 60_000;
    this.limit = Math.floor(options.limit);
    this.windowMs = windowMs + (options.safetyMarginMs ?? windowMs / 100);
    this.#clock = options.clock ?? systemClock;
  }

  /**
   * Waits for a free slot and takes it. Callers are served in order.
   *
   * @throws APIUserAbortError when `signal` aborts while waiting (the slot is not taken).
   */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.#tail.then(() => this.#take(signal));
    this.#tail = turn.catch(() => undefined);
    return turn;
  }

  /** Delays every later acquisition until `time` (clock milliseconds), e.g. after a 429 with `Retry-After`. */
  pauseUntil(time: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, time);
  }

  /** Delays every later acquisition by `ms` from now (on the limiter's clock). */
  pauseFor(ms: number): void {
    this.pauseUntil(this.#clock.now() + ms);
  }

  /** Slots free right now (ignoring a pause). */
  available(): number {
    this.#evict(this.#clock.now());
    return this.limit - this.#starts.length;
  }

  #evict(now: number): void {
    while (this.#starts.length > 0 && this.#starts[0]! + this.windowMs <= now) this.#starts.shift();
  }

  async #take(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      throwIfAborted(signal);
      const now = this.#clock.now();
      this.#evict(now);
      let wait = this.#pausedUntil - now;
      if (wait <= 0) {
        if (this.#starts.length < this.limit) {
          this.#starts.push(now);
          return;
        }
        wait = this.#starts[0]! + this.windowMs - now;
      }
      await this.#clock.sleep(wait, signal);
    }
  }
}

import {
  type BudgetClaim,
  type BudgetSettlement,
  type BudgetStore,
  MemoryBudgetStore,
  RateBudgetUnavailableError,
} from '@clova-studio/apis';
import { Redis } from 'ioredis';
import { PAUSE, RESERVE, SETTLE } from './budget-scripts.ts';

/**
 * What the store does while Redis cannot be reached: `'fail-open'` keeps calling on a budget of
 * this process alone (with a warning; limits times `localShare`), `'fail-closed'` rejects each
 * call with `RateBudgetUnavailableError` before anything is sent.
 */
export type RedisUnavailableMode = 'fail-open' | 'fail-closed';

/** Options of {@link RedisBudgetStore}. */
export interface RedisBudgetStoreOptions {
  /**
   * An ioredis client, or a `redis://` URL (the store then opens, and {@link RedisBudgetStore.close}
   * closes, a connection of its own that fails fast while Redis is down). A client you pass is
   * not closed by the store; it may be shared (e.g. with BullMQ).
   */
  redis: Redis | string;
  /** Required: what happens while Redis cannot be reached (see {@link RedisUnavailableMode}). */
  onUnavailable: RedisUnavailableMode;
  /** Prefix of the Redis keys; give each CLOVA account (API key) its own. Default `clova-studio:budget`. */
  prefix?: string;
  /** A Redis call slower than this (real milliseconds) counts as Redis unreachable. Default 1,000. */
  timeoutMs?: number;
  /** While Redis is unreachable, how often (real milliseconds) to try it again. Default 1,000. */
  probeIntervalMs?: number;
  /**
   * `'fail-open'` only: the share of each limit this process takes while on its own, e.g. `0.25` for
   * one of four workers. Default 1 (the whole limit).
   */
  localShare?: number;
  /** Where the fail-open warning and the recovery note go. Default `console`. */
  logger?: Pick<Console, 'warn' | 'info'>;
}

interface BudgetCommands {
  clovaBudgetReserve(...args: Array<string | number>): Promise<number>;
  clovaBudgetSettle(...args: Array<string | number>): Promise<number>;
  clovaBudgetPause(...args: Array<string | number>): Promise<number>;
}

/**
 * A `BudgetStore` in Redis: one sliding window per model or tool shared by every process that
 * uses the same Redis and prefix, each reservation atomic (a Lua script). Give it to the client's
 * `rateLimit` option and the whole fleet stays within one account's QPM and TPM.
 *
 * @example
 * ```ts
 * const store = new RedisBudgetStore({ redis: 'redis://127.0.0.1:6379', onUnavailable: 'fail-closed' });
 * const client = new ClovaStudio({ rateLimit: { ...testKeyRateLimits, store } });
 * ```
 */
export class RedisBudgetStore implements BudgetStore {
  /** The mode chosen for an unreachable Redis. */
  readonly onUnavailable: RedisUnavailableMode;
  readonly #redis: Redis & BudgetCommands;
  readonly #owned: boolean;
  readonly #prefix: string;
  readonly #timeoutMs: number;
  readonly #probeIntervalMs: number;
  readonly #localShare: number;
  readonly #logger: Pick<Console, 'warn' | 'info'>;
  readonly #local = new MemoryBudgetStore();
  /** Real time before which Redis is not tried again, while it is down. */
  #downUntil = 0;
  #down = false;
  #lastFailure: unknown;
  /** Resolves on the connection's next `ready` (one listener however many calls wait). */
  #ready: Promise<void> | undefined;

  /** @param options - the Redis client or URL, the failure mode, key prefix and timeouts. */
  constructor(options: RedisBudgetStoreOptions) {
    if (options.onUnavailable !== 'fail-open' && options.onUnavailable !== 'fail-closed') {
      throw new TypeError(
        `onUnavailable must be 'fail-open' or 'fail-closed', got ${String(options.onUnavailable)}`,
      );
    }
    this.onUnavailable = options.onUnavailable;
    this.#timeoutMs = options.timeoutMs ?? 1_000;
    this.#probeIntervalMs = options.probeIntervalMs ?? 1_000;
    this.#localShare = options.localShare ?? 1;
    if (!(this.#localShare > 0 && this.#localShare <= 1)) {
      throw new RangeError(`localShare must be in (0, 1], got ${this.#localShare}`);
    }
    this.#prefix = options.prefix ?? 'clova-studio:budget';
    this.#logger = options.logger ?? console;
    this.#owned = typeof options.redis === 'string';
    const redis =
      typeof options.redis === 'string'
        ? new Redis(options.redis, {
            enableOfflineQueue: false,
            maxRetriesPerRequest: 0,
            connectTimeout: this.#timeoutMs,
            retryStrategy: (times) => Math.min(times * 100, this.#probeIntervalMs),
          })
        : options.redis;
    if (this.#owned) redis.on('error', () => undefined); // reported through the calls that fail
    redis.defineCommand('clovaBudgetReserve', { numberOfKeys: 4, lua: RESERVE });
    redis.defineCommand('clovaBudgetSettle', { numberOfKeys: 3, lua: SETTLE });
    redis.defineCommand('clovaBudgetPause', { numberOfKeys: 1, lua: PAUSE });
    this.#redis = redis as Redis & BudgetCommands;
  }

  /** See `BudgetStore.reserve`: atomic across every process on this Redis and prefix. */
  reserve(claim: BudgetClaim): Promise<number> {
    const { bucket, id, tokens, limits, windowMs, now, pending } = claim;
    const k = this.#keys(bucket);
    return this.#call(
      () =>
        this.#redis.clovaBudgetReserve(
          k.log,
          k.tok,
          k.sum,
          k.pause,
          now,
          windowMs,
          limits.requestsPerMinute ?? 0,
          limits.tokensPerMinute ?? 0,
          id,
          tokens,
          ttl(windowMs),
          pending ? 1 : 0,
        ),
      () => this.#local.reserve({ ...claim, limits: this.#shareOf(claim.limits) }),
    );
  }

  /** See `BudgetStore.settle`. */
  async settle(bucket: string, id: string, settlement: BudgetSettlement): Promise<void> {
    const k = this.#keys(bucket);
    const { tokens, startedAt } = settlement;
    await this.#call<unknown>(
      () => this.#redis.clovaBudgetSettle(k.log, k.tok, k.sum, id, tokens ?? '', startedAt ?? ''),
      () => this.#local.settle(bucket, id, settlement),
    );
  }

  /** See `BudgetStore.pause`: every process sharing the store waits. */
  async pause(bucket: string, until: number, windowMs: number): Promise<void> {
    await this.#call<unknown>(
      () => this.#redis.clovaBudgetPause(this.#keys(bucket).pause, until, ttl(windowMs)),
      () => this.#local.pause(bucket, until),
    );
  }

  /** Closes the connection if the store opened it (a client passed in is left open). */
  async close(): Promise<void> {
    if (this.#owned) this.#redis.disconnect();
  }

  #keys(bucket: string) {
    const base = `${this.#prefix}:{${bucket}}`;
    return { log: `${base}:log`, tok: `${base}:tok`, sum: `${base}:sum`, pause: `${base}:pause` };
  }

  #shareOf(limits: BudgetClaim['limits']): BudgetClaim['limits'] {
    const share = (n: number | undefined) =>
      n === undefined ? undefined : Math.max(1, Math.floor(n * this.#localShare));
    return {
      requestsPerMinute: share(limits.requestsPerMinute),
      tokensPerMinute: share(limits.tokensPerMinute),
    };
  }

  async #call<T>(remote: () => Promise<T>, local: () => T): Promise<T> {
    let failure: unknown;
    if (Date.now() >= this.#downUntil) {
      try {
        const value = await this.#withTimeout(remote);
        if (this.#down) {
          this.#down = false;
          this.#logger.info(
            'CLOVA Studio rate budget: Redis is reachable again, back on the shared budget',
          );
        }
        return value;
      } catch (error) {
        failure = error;
        this.#lastFailure = error;
        this.#downUntil = Date.now() + this.#probeIntervalMs;
      }
    }
    if (this.onUnavailable === 'fail-closed') {
      throw new RateBudgetUnavailableError(
        'The shared rate budget (Redis) cannot be reached and the store fails closed: the call was not sent',
        { cause: failure ?? this.#lastFailure },
      );
    }
    if (!this.#down) {
      this.#down = true;
      this.#logger.warn(
        `CLOVA Studio rate budget: Redis cannot be reached (${((failure ?? this.#lastFailure) as Error | undefined)?.message}); failing open to a local budget of ${this.#localShare} of each limit until it is back`,
      );
    }
    return local();
  }

  #nextReady(): Promise<void> {
    if (this.#redis.status === 'end')
      return Promise.reject(new Error('Redis connection is closed'));
    this.#ready ??= new Promise((resolve) =>
      this.#redis.once('ready', () => {
        this.#ready = undefined;
        resolve();
      }),
    );
    return this.#ready;
  }

  async #withTimeout<T>(remote: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${this.#timeoutMs} ms`)),
        this.#timeoutMs,
      );
    });
    try {
      const { status } = this.#redis;
      // while the first connection is being made, wait for it; a lost one fails at once
      if (status === 'reconnecting' || status === 'close' || status === 'end') {
        throw new Error(`Redis connection is ${status}`);
      }
      if (status !== 'ready') await Promise.race([this.#nextReady(), timeout]);
      return await Promise.race([remote(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Keys outlive two windows (a pending claim's), in real ms; a scaled test clock only makes them last longer. */
const ttl = (windowMs: number) => Math.ceil(2 * windowMs) + 1_000;

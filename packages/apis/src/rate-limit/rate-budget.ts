import { type Clock, systemClock, throwIfAborted } from '../shared/clock.ts';
import type { BudgetLimits, BudgetSettlement, BudgetStore } from './budget-store.ts';
import { MemoryBudgetStore } from './memory-budget-store.ts';
import { estimateTokens, type TokenEstimateInput } from './token-estimate.ts';

/** Options of a {@link RateBudget}: the limits, where the windows live, and the clock. */
export interface RateBudgetOptions extends BudgetLimits {
  /**
   * Limits of one model or tool (keys as {@link rateLimitBucket} names them: `HCX-005`,
   * `embedding/v2`, …); they replace the top-level limits for that bucket. A bucket with no limit
   * at all is not gated.
   */
  perModel?: Record<string, BudgetLimits> | undefined;
  /** Where the windows are kept. Default: a {@link MemoryBudgetStore} (this process only). */
  store?: BudgetStore | undefined;
  /** Length of the window the limits count over, in milliseconds. Default 60,000 (one minute). */
  windowMs?: number | undefined;
  /**
   * Milliseconds added to the window so that network jitter cannot make the server see one call
   * too many. Default 1 % of the window.
   */
  safetyMarginMs?: number | undefined;
  /** Time source (default the real clock; a scaled or fake clock in tests). */
  clock?: Clock | undefined;
  /** Tokens to reserve for a call before it is sent. Default {@link estimateTokens}. */
  estimateTokens?: ((input: TokenEstimateInput) => number) | undefined;
}

/** Options of {@link RateBudget.acquire}. */
export interface AcquireOptions {
  /** Tokens to reserve (an estimate, settled later). Default 0. */
  tokens?: number | undefined;
  /** Stops waiting (rejects with `APIUserAbortError`; nothing is taken). */
  signal?: AbortSignal | undefined;
  /**
   * `true` (for a call about to be sent): the claim keeps its place until the ticket is settled
   * with `startedAt`. Default `false`: it counts from now. See {@link BudgetClaim.pending}.
   */
  pending?: boolean | undefined;
}

/** A call admitted by {@link RateBudget.acquire}. */
export interface BudgetTicket {
  /** The bucket the call counts against. */
  readonly bucket: string;
  /** Tokens reserved for the call. */
  readonly tokens: number;
  /**
   * Records the use the service reported (`tokens`; 0 for a failed call) and/or when the answer
   * started (`startedAt`, clock ms). Never throws: a store that cannot record it leaves the
   * estimate in place, which errs on the safe side.
   */
  settle(settlement: BudgetSettlement): void;
}

let claims = 0;
const PROCESS_TAG = Math.random().toString(36).slice(2, 10);

/**
 * One requests-per-minute and tokens-per-minute budget per model or tool, kept in a pluggable
 * {@link BudgetStore}. A call first takes a request and its estimated tokens from the bucket's
 * sliding window (waiting while the window is full or the bucket is paused), and settles the
 * estimate with the reported usage once it is known. Callers of one process are served in order.
 *
 * @example
 * ```ts
 * const budget = new RateBudget({ requestsPerMinute: 60, tokensPerMinute: 60_000 });
 * const ticket = await budget.acquire('HCX-005', 1_200);
 * ticket?.settle(950);
 * ```
 */
export class RateBudget {
  /** The store the windows live in. */
  readonly store: BudgetStore;
  /** Effective window (window + safety margin) in clock milliseconds. */
  readonly windowMs: number;
  /** The budget's time source. */
  readonly clock: Clock;
  /** Tokens to reserve for a call before it is sent. */
  readonly estimateTokens: (input: TokenEstimateInput) => number;
  readonly #limits: BudgetLimits;
  readonly #perModel: Record<string, BudgetLimits>;
  readonly #tails = new Map<string, Promise<unknown>>();

  /** @param options - limits (top-level and per model or tool), store, window and clock. */
  constructor(options: RateBudgetOptions = {}) {
    const windowMs = options.windowMs ?? 60_000;
    if (!(windowMs > 0)) throw new RangeError('RateBudget windowMs must be a positive number');
    this.windowMs = windowMs + (options.safetyMarginMs ?? windowMs / 100);
    this.store = options.store ?? new MemoryBudgetStore();
    this.clock = options.clock ?? systemClock;
    this.estimateTokens = options.estimateTokens ?? estimateTokens;
    this.#limits = checkLimits('rateLimit', options);
    this.#perModel = {};
    for (const [bucket, limits] of Object.entries(options.perModel ?? {})) {
      this.#perModel[bucket] = checkLimits(`rateLimit.perModel["${bucket}"]`, limits);
    }
  }

  /** The limits of `bucket`, or `undefined` when it is not gated. */
  limitsOf(bucket: string): BudgetLimits | undefined {
    const limits = Object.hasOwn(this.#perModel, bucket) ? this.#perModel[bucket]! : this.#limits;
    return limits.requestsPerMinute === undefined && limits.tokensPerMinute === undefined
      ? undefined
      : limits;
  }

  /**
   * Waits until `bucket` has room for one request and `tokens`, and takes them. Resolves to
   * `undefined` when the bucket has no limit. Callers of this budget are served in order.
   *
   * @throws APIUserAbortError when `signal` aborts while waiting (nothing is taken); whatever the
   * store throws (e.g. `RateBudgetUnavailableError` from a store that fails closed).
   */
  acquire(bucket: string, options: AcquireOptions = {}): Promise<BudgetTicket | undefined> {
    const limits = this.limitsOf(bucket);
    if (!limits) return Promise.resolve(undefined);
    const tokens = Math.max(0, Math.ceil(options.tokens ?? 0));
    const turn = (this.#tails.get(bucket) ?? Promise.resolve()).then(() =>
      this.#take(bucket, limits, tokens, options.signal, options.pending === true),
    );
    const tail = turn.catch(() => undefined);
    this.#tails.set(bucket, tail);
    void tail.then(() => {
      if (this.#tails.get(bucket) === tail) this.#tails.delete(bucket);
    });
    return turn;
  }

  /** Refuses every claim on `bucket`, in every process sharing the store, for `ms` from now. */
  async pause(bucket: string, ms: number): Promise<void> {
    await this.store.pause(bucket, this.clock.now() + Math.max(0, ms), this.windowMs);
  }

  async #take(
    bucket: string,
    limits: BudgetLimits,
    tokens: number,
    signal: AbortSignal | undefined,
    pending: boolean,
  ): Promise<BudgetTicket> {
    const id = `${PROCESS_TAG}-${(++claims).toString(36)}`;
    const { store, windowMs, clock } = this;
    for (;;) {
      throwIfAborted(signal);
      const now = clock.now();
      const wait = await store.reserve({ bucket, id, tokens, limits, windowMs, now, pending });
      if (wait <= 0) break;
      // a pending claim (of this call or another) may start before the wait is over: look again
      // at least every 20th of a window
      await clock.sleep(pending ? Math.min(wait, windowMs / 20) : wait, signal);
    }
    return {
      bucket,
      tokens,
      settle: ({ tokens: used, startedAt }) => {
        const settlement = {
          tokens: used === undefined || used === tokens ? undefined : Math.max(0, Math.ceil(used)),
          startedAt,
        };
        if (settlement.tokens === undefined && startedAt === undefined) return;
        void Promise.resolve()
          .then(() => store.settle(bucket, id, settlement, windowMs))
          .catch(() => undefined);
      },
    };
  }
}

function checkLimits(field: string, limits: BudgetLimits): BudgetLimits {
  for (const key of ['requestsPerMinute', 'tokensPerMinute'] as const) {
    const value = limits[key];
    if (value !== undefined && !(Number.isFinite(value) && value >= 1)) {
      throw new RangeError(`${field}.${key} must be a number of at least 1, got ${String(value)}`);
    }
  }
  return {
    requestsPerMinute:
      limits.requestsPerMinute === undefined ? undefined : Math.floor(limits.requestsPerMinute),
    tokensPerMinute:
      limits.tokensPerMinute === undefined ? undefined : Math.floor(limits.tokensPerMinute),
  };
}

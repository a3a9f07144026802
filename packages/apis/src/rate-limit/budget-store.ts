/** Requests and tokens allowed per window (one minute unless the budget says otherwise). */
export interface BudgetLimits {
  /** Requests per minute (QPM); no request limit when absent. */
  requestsPerMinute?: number | undefined;
  /** Tokens per minute (TPM), prompt and output together; no token limit when absent. */
  tokensPerMinute?: number | undefined;
}

/** One attempt to take a request (and its estimated tokens) out of a bucket's window. */
export interface BudgetClaim {
  /** The model or tool the call counts against, e.g. `HCX-005` or `embedding/v2`. */
  bucket: string;
  /** Unique id of this claim (settled later under the same id). */
  id: string;
  /** Tokens reserved for the call (an estimate until it is settled). */
  tokens: number;
  /** The bucket's limits. */
  limits: BudgetLimits;
  /** Length of the sliding window in clock milliseconds (safety margin included). */
  windowMs: number;
  /** The budget's clock, now. */
  now: number;
  /**
   * `true` for a call whose answer has not started yet: the claim then keeps its place in the
   * window until it is settled with `startedAt` (or, if it never is, for two windows), so that
   * however long the request takes to reach the service, the service never counts it outside
   * the client's window. `false`: the claim counts from `now`.
   */
  pending: boolean;
}

/** What a settle records about a taken claim. */
export interface BudgetSettlement {
  /** The tokens the call really used (replaces the estimate). */
  tokens?: number | undefined;
  /** When the call's answer started (clock ms): the claim counts from then on. */
  startedAt?: number | undefined;
}

/**
 * Where a {@link RateBudget} keeps its windows: in memory ({@link MemoryBudgetStore}, one
 * process) or shared (e.g. `RedisBudgetStore` from `@clova-studio/rate-limit-redis`, one
 * budget for every process of a fleet). Every method must be atomic for one bucket.
 */
export interface BudgetStore {
  /**
   * Takes the claim if the bucket's window has room for one more request and `claim.tokens`
   * (a claim larger than the whole token limit is taken when the window is empty) and the bucket
   * is not paused. Resolves to 0 when taken, otherwise to the clock milliseconds to wait before
   * trying again (nothing is taken).
   */
  reserve(claim: BudgetClaim): number | Promise<number>;
  /** Records the real tokens and/or the start of a taken claim's call. */
  settle(
    bucket: string,
    id: string,
    settlement: BudgetSettlement,
    windowMs: number,
  ): void | Promise<void>;
  /** Refuses every claim on `bucket` until `until` (clock milliseconds), e.g. after a 429. */
  pause(bucket: string, until: number, windowMs: number): void | Promise<void>;
}

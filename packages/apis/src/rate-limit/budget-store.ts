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
  /** Replaces the tokens of a taken claim by the tokens the call really used. */
  settle(bucket: string, id: string, tokens: number, windowMs: number): void | Promise<void>;
  /** Refuses every claim on `bucket` until `until` (clock milliseconds), e.g. after a 429. */
  pause(bucket: string, until: number, windowMs: number): void | Promise<void>;
}

import { APIConnectionError, APIError, RateLimitError } from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';

/** HTTP statuses that are retried: 408, 429, 500, 502, 503, 504. Every other status is final. */
export const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/** Delay settings of a {@link retryDelay} computation, in ms (`ClientOptions.retryBackoff`, defaults applied). */
export interface BackoffSettings {
  /** Delay before the first retry; doubles on each retry. */
  initialDelay: number;
  /** Largest backoff delay. */
  maxDelay: number;
  /** Largest delay taken from a server hint; longer hints are capped to it. */
  maxRetryAfter: number;
}

/** The defaults of `ClientOptions.retryBackoff`: 500 ms doubling up to 8 s; server hints capped at 60 s. */
export const DEFAULT_BACKOFF: BackoffSettings = {
  initialDelay: 500,
  maxDelay: 8_000,
  maxRetryAfter: 60_000,
};

/** Exponential backoff with jitter before retry number `attempt` (1-based): `min(initial · 2^(attempt-1), max)`, minus up to 25 %. */
export function backoff(attempt: number, s: BackoffSettings = DEFAULT_BACKOFF): number {
  return Math.min(s.initialDelay * 2 ** (attempt - 1), s.maxDelay) * (1 - Math.random() * 0.25);
}

/**
 * Whether a failed attempt is worth another: an {@link APIError} with one of the
 * {@link RETRY_STATUSES}, or an {@link APIConnectionError} (network failure, reset, client
 * timeout). A user abort, a validation error or any other status is final.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIError) {
    return error.status !== undefined && RETRY_STATUSES.includes(error.status);
  }
  return error instanceof APIConnectionError;
}

/**
 * The delay the server asked for before another attempt, in ms: a 429's
 * {@link RateLimitError.retryAfterMs} (`retry-after-ms`, `Retry-After`, the rate-limit reset),
 * else `retry-after-ms` / `Retry-After` on any other error response.
 */
export function serverRetryDelay(error: unknown): number | undefined {
  if (error instanceof RateLimitError) return error.retryAfterMs;
  return error instanceof APIError && error.headers ? parseRetryAfter(error.headers) : undefined;
}

/**
 * How long to wait before retry number `attempt` (1-based) after `error`, or `undefined` when
 * `error` is final (see {@link isRetryable}). A server-given delay ({@link serverRetryDelay}) is
 * honoured up to `maxRetryAfter`; otherwise {@link backoff}. The one retry policy of this SDK:
 * the transport's retries use it, and so does `embedMany` in `@clova-studio/apis`.
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  s: BackoffSettings = DEFAULT_BACKOFF,
): number | undefined {
  if (!isRetryable(error)) return undefined;
  const asked = serverRetryDelay(error);
  return asked === undefined ? backoff(attempt, s) : Math.min(asked, s.maxRetryAfter);
}

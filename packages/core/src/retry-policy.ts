import { HTTPError, NetworkError, type RetryOptions, TimeoutError } from 'ky';
import { parseRetryAfter } from './retry-after.js';

/** HTTP statuses that are retried: 408, 429, 500, 502, 503, 504. Every other status is final. */
export const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/** Delay settings of a {@link retryDelay} computation, in ms. */
export interface BackoffSettings {
  initialDelay: number;
  maxDelay: number;
  maxRetryAfter: number;
}

/** Exponential backoff with jitter: `min(initial · 2^(attempt-1), max)`, minus up to 25 %. */
export function backoff(attempt: number, s: BackoffSettings): number {
  return Math.min(s.initialDelay * 2 ** (attempt - 1), s.maxDelay) * (1 - Math.random() * 0.25);
}

/**
 * How long to wait before retry number `attempt` after `error`, or `undefined` when `error` is
 * final. Retried: the {@link RETRY_STATUSES}, network errors and timeouts. A server-given delay
 * (`retry-after-ms`, `Retry-After`) is honoured up to `maxRetryAfter`; otherwise {@link backoff}.
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  s: BackoffSettings,
): number | undefined {
  if (error instanceof HTTPError) {
    if (!RETRY_STATUSES.includes(error.response.status)) return undefined;
    const asked = parseRetryAfter(error.response.headers);
    return asked === undefined ? backoff(attempt, s) : Math.min(asked, s.maxRetryAfter);
  }
  if (error instanceof NetworkError || error instanceof TimeoutError) return backoff(attempt, s);
  return undefined;
}

/**
 * ky's `retry` option for one logical request: POST, GET and DELETE are all retried, and the
 * decision and the delay both come from {@link retryDelay}. `onRetry` is told of each retry
 * before its wait.
 */
export function kyRetry(
  limit: number,
  s: BackoffSettings,
  onRetry?: (error: Error, retry: number, delayMs: number) => void,
): RetryOptions {
  let next = 0;
  return {
    limit,
    methods: ['get', 'post', 'delete'],
    shouldRetry: ({ error, retryCount }) => {
      const ms = retryDelay(error, retryCount, s);
      if (ms === undefined) return false;
      next = ms;
      onRetry?.(error, retryCount, ms);
      return true;
    },
    delay: () => next,
    backoffLimit: Number.POSITIVE_INFINITY,
    jitter: undefined,
  };
}

import type { RateLimitError } from '@clova-studio/core';

/**
 * How long to pause everyone after a 429: the server's hint when it gave one
 * (`RateLimitError.retryAfterMs`: `Retry-After`, or the reset of the exhausted window, read by
 * core), else a back-off from an eighth of the window doubling up to the whole window (so a few
 * attempts always outlast a window). Whether to retry at all is core's `isRetryable`.
 */
export function rateLimitDelay(error: RateLimitError, attempt: number, windowMs: number): number {
  return error.retryAfterMs ?? Math.min(windowMs, (windowMs / 8) * 2 ** (attempt - 1));
}

import {
  APIConnectionError,
  APIError,
  type RateLimitError,
  RETRY_STATUSES,
} from '@clova-studio/core';

/**
 * Whether a failed embedding attempt is worth retrying: what core's own retries retry (the
 * statuses in core's `RETRY_STATUSES`, network errors, client timeouts); a user abort is not one.
 */
export function isRetryable(error: unknown): boolean {
  return (
    (error instanceof APIError &&
      error.status !== undefined &&
      RETRY_STATUSES.includes(error.status)) ||
    error instanceof APIConnectionError
  );
}

/** Reads an OpenAI-style reset hint such as `12s`, `1m30s` or `250ms` (CLOVA does not document one). */
export function parseResetHint(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  let ms = 0;
  let matched = false;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    matched = true;
    ms +=
      Number(amount) * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h'];
  }
  return matched ? ms : undefined;
}

/**
 * How long to pause everyone after a 429: `Retry-After` when sent, else a reset hint header, else a back-off from
 * an eighth of the window doubling up to the whole window (so a few attempts always outlast a window).
 */
export function rateLimitDelay(error: RateLimitError, attempt: number, windowMs: number): number {
  return (
    error.retryAfterMs ??
    parseResetHint(error.headers?.get('x-ratelimit-reset-requests')) ??
    Math.min(windowMs, (windowMs / 8) * 2 ** (attempt - 1))
  );
}

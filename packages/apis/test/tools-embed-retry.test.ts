import {
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  isRetryable,
  parseDuration as parseResetHint,
  RateLimitError,
} from '@clova-studio/core';
import { describe, expect, it } from 'vitest';
import { rateLimitDelay } from '../src/embedding/embed-retry.ts';

const rateLimited = (headers: Record<string, string> = {}) =>
  new RateLimitError('429', { status: 429, code: '42901', headers: new Headers(headers) });

describe('embedMany retry policy', () => {
  it('retries 429, 5xx and timeouts, not bad requests or user aborts', () => {
    expect(isRetryable(rateLimited())).toBe(true);
    expect(isRetryable(new InternalServerError('502', { status: 502 }))).toBe(true);
    expect(isRetryable(new APITimeoutError('timeout'))).toBe(true);
    expect(isRetryable(new BadRequestError('400', { status: 400, code: '40003' }))).toBe(false);
    expect(isRetryable(new APIUserAbortError('aborted'))).toBe(false);
  });

  it('reads reset hints in seconds, minutes and milliseconds', () => {
    expect(parseResetHint('12s')).toBe(12_000);
    expect(parseResetHint('1m30s')).toBe(90_000);
    expect(parseResetHint('250ms')).toBe(250);
    expect(parseResetHint('7')).toBe(7_000);
    expect(parseResetHint('soon')).toBeUndefined();
    expect(parseResetHint(null)).toBeUndefined();
  });

  it('waits Retry-After first, then a reset hint, then a back-off that reaches a whole window', () => {
    expect(rateLimitDelay(rateLimited({ 'retry-after': '3' }), 1, 60_000)).toBe(3_000);
    expect(rateLimitDelay(rateLimited({ 'x-ratelimit-reset-requests': '41s' }), 1, 60_000)).toBe(
      41_000,
    );
    const backoff = [1, 2, 3, 4, 5].map((attempt) =>
      rateLimitDelay(rateLimited(), attempt, 60_000),
    );
    expect(backoff).toEqual([7_500, 15_000, 30_000, 60_000, 60_000]);
  });
});

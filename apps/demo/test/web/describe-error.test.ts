import { APICallError, RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/web/describe-error.ts';

const apiCallError = (statusCode: number, code: string) =>
  new APICallError({
    message: 'failed',
    url: 'http://127.0.0.1/v3/chat-completions/HCX-005',
    requestBodyValues: {},
    statusCode,
    responseBody: JSON.stringify({ status: { code, message: 'x' } }),
  });

describe('describeError (what the page shows when an answer fails)', () => {
  it('words a 429 and a rejected key, with the HTTP status and the CLOVA code', () => {
    expect(describeError(apiCallError(429, '42901'))).toBe(
      'CLOVA Studio is rate limiting this key: too many requests or tokens this minute. Wait a moment and try again (HTTP 429 · code 42901).',
    );
    expect(describeError(apiCallError(401, '40104'))).toMatch(
      /^CLOVA Studio rejected the API key\. Check CLOVA_STUDIO_API_KEY .*\(HTTP 401 · code 40104\)\.$/,
    );
  });

  it('looks through the AI SDK retry wrapper and cause chains', () => {
    const retried = new RetryError({
      message: 'Failed after 3 attempts',
      reason: 'maxRetriesExceeded',
      errors: [apiCallError(429, '42901')],
    });
    expect(describeError(retried)).toMatch(/rate limiting.*HTTP 429/);
    const wrapped = new Error('outer', {
      cause: Object.assign(new Error('inner'), { status: 401, code: '40100' }),
    });
    expect(describeError(wrapped)).toMatch(/rejected the API key.*HTTP 401 · code 40100/);
  });

  it('keeps other messages as they are, tagged with a status when there is one', () => {
    expect(describeError(apiCallError(500, '50000'))).toBe('failed (HTTP 500 · code 50000)');
    expect(describeError(new Error('socket hang up'))).toBe('socket hang up');
    expect(describeError(new DOMException('aborted', 'AbortError'))).toBe(
      'The answer was stopped.',
    );
  });
});

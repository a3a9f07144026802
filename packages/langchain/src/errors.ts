import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  RateLimitError,
  RequestValidationError,
} from '@clova-studio/apis';
import { ModelAbortError, stampRetryable } from '@langchain/core/errors';
import type { AIMessageChunk } from '@langchain/core/messages';

/** HTTP statuses worth another attempt: request timeout, rate limit and server errors. */
function isRetryableStatus(status: number | undefined): boolean {
  return status === 408 || status === 429 || (status !== undefined && status >= 500);
}

/**
 * Prepares an error from `@clova-studio/apis` for LangChain's `AsyncCaller`, the one layer that
 * retries: the error keeps its class, `status`, `headers` (so `Retry-After` is honoured) and CLOVA
 * `code`, and is stamped retryable (429, 408, 5xx, connection failures) or not (every other
 * status, validation errors, aborts). A caller abort becomes a `ModelAbortError`. A 429 whose
 * only hint is a rate-limit reset header (`x-ratelimit-reset-requests`, which CLOVA Studio sends)
 * gets that delay as `retry-after` in its `headers`: LangChain's caller waits for a `Retry-After`
 * and gives up at once on a 429 without one.
 *
 * @param error - what the apis client threw.
 * @param partialOutput - the message streamed so far, kept on a `ModelAbortError`.
 */
export function toLangChainError(error: unknown, partialOutput?: AIMessageChunk): unknown {
  if (error instanceof APIUserAbortError || isAbortError(error)) {
    return stampRetryable(
      new ModelAbortError('The CLOVA Studio request was aborted.', partialOutput),
      false,
    );
  }
  if (error instanceof RateLimitError) addRetryAfter(error);
  if (error instanceof APIError) return stampRetryable(error, isRetryableStatus(error.status));
  if (error instanceof RequestValidationError) return stampRetryable(error, false);
  if (error instanceof APIConnectionError) return stampRetryable(error, true);
  return error;
}

/** Puts the delay core read from the reset headers where LangChain's caller looks for it. */
function addRetryAfter(error: RateLimitError): void {
  if (error.retryAfterMs === undefined || !error.headers || error.headers.has('retry-after'))
    return;
  error.headers.set('retry-after', String(Math.ceil(error.retryAfterMs / 1000)));
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Throws a `ModelAbortError` when `signal` is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw toLangChainError(new APIUserAbortError('aborted'));
}

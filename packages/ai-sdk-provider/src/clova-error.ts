import { APICallError } from '@ai-sdk/provider';
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  RateLimitError,
} from '@clova-studio/apis';

/** `APICallError.data` of a CLOVA Studio failure. */
export interface ClovaStudioErrorData {
  /** CLOVA status code, e.g. `'40001'` or `'42901'`. */
  code: string | undefined;
  /** The `X-NCP-CLOVASTUDIO-REQUEST-ID` of the failed request. */
  requestId: string | undefined;
}

/** Where a failed call went, for the `APICallError`. */
export interface CallContext {
  /** The endpoint URL. */
  url: string;
  /** The request body. */
  requestBodyValues: unknown;
  /** The caller's signal: an abort is rethrown as its reason. */
  abortSignal?: AbortSignal | undefined;
}

/**
 * Whether `ai` should retry: 429 and 5xx yes, any other 4xx no; a lost connection (no status)
 * yes. Retries belong to `ai` alone (the client inside is built with `maxRetries: 0`).
 */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}

/**
 * Converts what the `@clova-studio/apis` client threw into what the AI SDK expects: an
 * `APICallError` (status, headers, body, CLOVA code, `isRetryable`) for HTTP and connection
 * failures; the abort reason for a user abort (`ai` never retries those); anything else as is.
 */
export function toAISDKError(error: unknown, context: CallContext): unknown {
  if (error instanceof APIUserAbortError) {
    const reason: unknown = context.abortSignal?.reason;
    return reason instanceof Error ? reason : new DOMException(error.message, 'AbortError');
  }
  if (error instanceof APIError) {
    const data: ClovaStudioErrorData = { code: error.code, requestId: error.requestId };
    return new APICallError({
      message: error.message,
      url: context.url,
      requestBodyValues: context.requestBodyValues,
      statusCode: error.status,
      responseHeaders: error.headers ? responseHeadersOf(error, error.headers) : undefined,
      responseBody: typeof error.body === 'string' ? error.body : JSON.stringify(error.body),
      isRetryable: isRetryableStatus(error.status),
      data,
      cause: error,
    });
  }
  if (error instanceof APIConnectionError) {
    return new APICallError({
      message: error.message,
      url: context.url,
      requestBodyValues: context.requestBodyValues,
      isRetryable: true,
      data: { code: undefined, requestId: error.requestId } satisfies ClovaStudioErrorData,
      cause: error,
    });
  }
  return error;
}

/**
 * The response headers for `APICallError`, plus `retry-after-ms` when a 429 gives only a
 * rate-limit reset (`x-ratelimit-reset-requests`, as CLOVA Studio sends): `ai` waits for
 * `retry-after(-ms)` and otherwise backs off blindly, which can land inside the same window.
 */
function responseHeadersOf(error: APIError, headers: Headers): Record<string, string> {
  const entries = Object.fromEntries(headers);
  const hinted = 'retry-after' in entries || 'retry-after-ms' in entries;
  if (error instanceof RateLimitError && error.retryAfterMs !== undefined && !hinted) {
    entries['retry-after-ms'] = String(error.retryAfterMs);
  }
  return entries;
}

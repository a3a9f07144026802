/**
 * `@clova-studio/core`: the transport for NAVER Cloud CLOVA Studio (HyperCLOVA X). Auth,
 * request ids, retries, timeouts, the `{status,result}` envelope, typed errors and SSE streams.
 * It knows no endpoint: `@clova-studio/apis` builds the typed endpoints on it.
 *
 * @packageDocumentation
 */

export { APIPromise, type RawResponse, type WithResponse } from './api-promise.ts';
export {
  type ClientOptions,
  DEFAULT_BASE_URL,
  type LegacyKeys,
  type RequestOptions,
  type RetryBackoff,
} from './client-options.ts';
export {
  type EnvelopeStatus,
  envelopeStatus,
  type OpenAIErrorBody,
  openAIError,
  SUCCESS_CODE,
} from './envelope.ts';
export {
  type ErrorSource,
  errorClassFor,
  makeAPIError,
  statusFromCode,
} from './error-from-response.ts';
export {
  APIConnectionError,
  APIError,
  type APIErrorInit,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ClovaStudioError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RequestTimeoutError,
  RequestValidationError,
  StreamTruncatedError,
  UnsupportedMediaTypeError,
  type ValidationIssue,
  withRequestId,
} from './errors.ts';
export { consoleLogger, type Logger, type LogLevel } from './logger.ts';
export { REDACTED, redactHeaders, redactResponseHeaders, redactText } from './redact.ts';
export { newRequestId, REQUEST_ID_HEADER } from './request-id.ts';
export { parseDuration, parseRateLimitReset, parseRetryAfter } from './retry-after.ts';
export {
  type BackoffSettings,
  backoff,
  DEFAULT_BACKOFF,
  isRetryable,
  RETRY_STATUSES,
  retryDelay,
  serverRetryDelay,
} from './retry-policy.ts';
export { iterateSSE, type ServerSentEvent, type SSEOptions } from './sse-stream.ts';
export { Stream } from './stream.ts';
export {
  type HttpMethod,
  type JSONRequest,
  type QueryParams,
  type StreamRequest,
  Transport,
} from './transport.ts';

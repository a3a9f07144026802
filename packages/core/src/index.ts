/**
 * `@clova-studio/core`: the transport for NAVER Cloud CLOVA Studio (HyperCLOVA X). Auth,
 * request ids, retries, timeouts, the `{status,result}` envelope, typed errors and SSE streams.
 * It knows no endpoint: `@clova-studio/apis` builds the typed endpoints on it.
 *
 * @packageDocumentation
 */

export { APIPromise, type RawResponse, type WithResponse } from './api-promise.js';
export {
  type ClientOptions,
  DEFAULT_BASE_URL,
  type LegacyKeys,
  type RequestOptions,
  type RetryBackoff,
} from './client-options.js';
export {
  type EnvelopeStatus,
  envelopeStatus,
  type OpenAIErrorBody,
  openAIError,
  SUCCESS_CODE,
} from './envelope.js';
export {
  type ErrorSource,
  errorClassFor,
  makeAPIError,
  statusFromCode,
} from './error-from-response.js';
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
} from './errors.js';
export { consoleLogger, type Logger, type LogLevel } from './logger.js';
export { REDACTED, redactHeaders, redactResponseHeaders, redactText } from './redact.js';
export { newRequestId, REQUEST_ID_HEADER } from './request-id.js';
export { parseDuration, parseRateLimitReset, parseRetryAfter } from './retry-after.js';
export {
  type BackoffSettings,
  backoff,
  DEFAULT_BACKOFF,
  isRetryable,
  RETRY_STATUSES,
  retryDelay,
  serverRetryDelay,
} from './retry-policy.js';
export { iterateSSE, type ServerSentEvent, type SSEOptions } from './sse-stream.js';
export { Stream } from './stream.js';
export {
  type HttpMethod,
  type JSONRequest,
  type QueryParams,
  type StreamRequest,
  Transport,
} from './transport.js';

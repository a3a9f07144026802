import { redactResponseHeaders } from './redact.ts';
import { parseRateLimitReset, parseRetryAfter } from './retry-after.ts';

/** Fields every {@link APIError} can carry. */
export interface APIErrorInit {
  /** HTTP status (or, for an error reported inside a 200 body or a stream, the status its CLOVA code implies). */
  status?: number | undefined;
  /** CLOVA Studio status code, e.g. `'40001'`, or the OpenAI-compatible layer's `error.code`. */
  code?: string | undefined;
  /** The `X-NCP-CLOVASTUDIO-REQUEST-ID` of the logical request. */
  requestId?: string | undefined;
  /** Response headers (rate-limit headers, `Retry-After`, …), credentials redacted. */
  headers?: Headers | undefined;
  /** Parsed response body (JSON), or its text when it was not JSON, or `undefined` when empty. */
  body?: unknown;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base class of every error this SDK throws. Catch it to handle anything that went wrong.
 * Messages never contain the API key.
 */
export class ClovaStudioError extends Error {
  override name = 'ClovaStudioError';
  /** The `X-NCP-CLOVASTUDIO-REQUEST-ID` of the request that failed, when there was one. */
  readonly requestId: string | undefined;

  constructor(message: string, init: { requestId?: string | undefined; cause?: unknown } = {}) {
    super(message, 'cause' in init ? { cause: init.cause } : undefined);
    this.requestId = init.requestId;
  }

  /** A plain, log-safe form of the error: its name, message and public fields. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message };
  }
}

/**
 * Gives `error` the request id of the call it was raised in, when it is one of this SDK's errors
 * and has none yet (a response or stream event that failed to parse is raised far from the
 * request). Returns `error`, so a catch block can `throw withRequestId(error, id)`.
 */
export function withRequestId(error: unknown, requestId: string): unknown {
  if (error instanceof ClovaStudioError && error.requestId === undefined) {
    (error as { requestId: string | undefined }).requestId = requestId;
  }
  return error;
}

/**
 * The server answered with an error: a non-2xx status, a 2xx whose envelope code is not
 * `20000`, or an `event: error` inside a stream. `status` and `headers` are public so that retry
 * classifiers (LangChain, the AI SDK) can read them.
 */
export class APIError extends ClovaStudioError {
  override name = 'APIError';
  /**
   * HTTP status; for in-body and in-stream errors, the status implied by the CLOVA code (`42901` →
   * 429). Always a number: every `APIError` is an answer from the server (connection failures are
   * `APIConnectionError`, which is not an `APIError`); 500 if one is made without a status.
   */
  readonly status: number;
  /** CLOVA Studio status code, e.g. `'40001'`. */
  readonly code: string | undefined;
  /** Response headers, with credentials redacted (see `redactHeaders`). */
  readonly headers: Headers | undefined;
  /** Parsed response body (or text, or `undefined`). */
  readonly body: unknown;

  constructor(message: string, init: APIErrorInit = {}) {
    super(message, init);
    this.status = init.status ?? 500;
    this.code = init.code;
    this.headers = init.headers && redactResponseHeaders(init.headers);
    this.body = init.body;
  }
}

/** HTTP 400: the request is malformed or a parameter is out of range (codes `400xx`). */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
/** HTTP 401: missing, invalid or expired credentials (codes `401xx`). */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** HTTP 403: the key may not use this resource (codes `403xx`). */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** HTTP 404: unknown path, task or resource (code `40400`). */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** HTTP 408 sent by the server (code `40800`). Client-side timeouts are {@link APITimeoutError}. */
export class RequestTimeoutError extends APIError {
  override name = 'RequestTimeoutError';
}
/** HTTP 413: request body over the size limit (code `41300`). */
export class PayloadTooLargeError extends APIError {
  override name = 'PayloadTooLargeError';
}
/** HTTP 415: unsupported `Content-Type` (codes `415xx`). */
export class UnsupportedMediaTypeError extends APIError {
  override name = 'UnsupportedMediaTypeError';
}
/** HTTP 429: rate limited (codes `429xx`). */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  /**
   * The delay the server asked for, in ms, if it gave one: `retry-after-ms`, else `Retry-After`,
   * else the reset time of the exhausted rate-limit window (`x-ratelimit-reset-requests: 12s`).
   */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, init: APIErrorInit = {}) {
    super(message, init);
    this.retryAfterMs =
      init.headers && (parseRetryAfter(init.headers) ?? parseRateLimitReset(init.headers));
  }
}
/** HTTP 5xx: the server failed (codes `5xxxx`). */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** No response: the connection failed, was reset, or the body could not be read. */
export class APIConnectionError extends ClovaStudioError {
  override name = 'APIConnectionError';
}
/** The client gave up waiting: `timeout` per attempt, or `streamIdleTimeout` between stream chunks. */
export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
}
/** The caller aborted the request (its `AbortSignal`, or `Stream.abort()`). Never retried. */
export class APIUserAbortError extends ClovaStudioError {
  override name = 'APIUserAbortError';
}
/** A stream ended (or its connection broke) before a terminal event: the output is incomplete. */
export class StreamTruncatedError extends ClovaStudioError {
  override name = 'StreamTruncatedError';
}

/** One problem found in a request before it was sent. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `'messages[0].content'`. */
  readonly path: string;
  /** What is wrong there. */
  readonly message: string;
}

/** A request was rejected before it was sent (thrown by the typed endpoints in `@clova-studio/apis`). */
export class RequestValidationError extends ClovaStudioError {
  override name = 'RequestValidationError';
  /** Every problem found. */
  readonly issues: readonly ValidationIssue[];
  /** Path of the first problem. */
  readonly path: string;

  constructor(issues: readonly ValidationIssue[]) {
    super(
      `Invalid request: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
    );
    this.issues = issues;
    this.path = issues[0]?.path ?? '';
  }
}

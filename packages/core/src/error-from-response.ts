import { envelopeStatus, openAIError, parseBody } from './envelope.ts';
import {
  APIError,
  type APIErrorInit,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RequestTimeoutError,
  UnsupportedMediaTypeError,
} from './errors.ts';
import { redactResponseHeaders, redactText, redactValue } from './redact.ts';

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  408: RequestTimeoutError,
  413: PayloadTooLargeError,
  415: UnsupportedMediaTypeError,
  429: RateLimitError,
};

/** The HTTP status a CLOVA code implies (`'42901'` → 429), or `undefined` for codes outside 400–599. */
export function statusFromCode(code: string | undefined): number | undefined {
  const family = code && /^\d{5}$/.test(code) ? Number(code.slice(0, 3)) : 0;
  return family >= 400 && family < 600 ? family : undefined;
}

/** Picks the {@link APIError} subclass for an HTTP status. */
export function errorClassFor(status: number | undefined): typeof APIError {
  if (status === undefined) return APIError;
  return BY_STATUS[status] ?? (status >= 500 && status < 600 ? InternalServerError : APIError);
}

/** What {@link makeAPIError} needs to know. */
export interface ErrorSource {
  /** HTTP status of the response (200 for in-body and in-stream errors). */
  status: number | undefined;
  /** Body: parsed JSON, raw text, or `undefined`. */
  body: unknown;
  /** Response headers. */
  headers?: Headers | undefined;
  /** The request id sent. */
  requestId?: string | undefined;
  /** Strings to scrub from the message, body and headers (the API key). */
  secrets?: readonly string[];
  /** `METHOD URL` of the request (no query string), named in the message of a 404 or a 40080. */
  request?: string | undefined;
}

/**
 * Builds the typed error for an error response. Understands the native envelope
 * `{status:{code,message}}`, the OpenAI-compatible `{error:{message,code}}`, non-JSON bodies
 * (an HTML 502 from a proxy) and empty bodies. The credentials are redacted from the message,
 * the body and the headers; the message of a 404 or of an unknown model (`40080`) names the
 * request (`GET https://host/path`).
 */
export function makeAPIError(src: ErrorSource): APIError {
  const body = typeof src.body === 'string' ? parseBody(src.body) : src.body;
  const env = envelopeStatus(body);
  const oai = env ? undefined : openAIError(body);
  const code = env?.code ?? oai?.code;
  const serverMessage = env?.message ?? oai?.message;
  const status =
    src.status === undefined || (src.status >= 200 && src.status < 300)
      ? (statusFromCode(code) ?? src.status)
      : src.status;
  let detail: string;
  if (serverMessage !== undefined || code !== undefined) detail = serverMessage ?? 'no message';
  else if (body === undefined) detail = 'empty body';
  else if (typeof body === 'string') detail = `non-JSON body (${body.length} chars)`;
  else detail = 'unrecognised error body';
  const head = [status, code].filter((p) => p !== undefined).join(' ');
  // A 404, or an unknown model (40080, whose message does not say which), names the request.
  const where = (status === 404 || code === '40080') && src.request ? ` (${src.request})` : '';
  const message = redactText(head ? `${head}: ${detail}${where}` : detail + where, src.secrets);
  const init: APIErrorInit = {
    status,
    code,
    requestId: src.requestId,
    headers: src.headers && redactResponseHeaders(src.headers, src.secrets),
    body: redactValue(body, src.secrets),
  };
  return new (errorClassFor(status))(message, init);
}

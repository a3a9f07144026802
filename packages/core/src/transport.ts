import ky, { HTTPError, NetworkError, TimeoutError } from 'ky';
import { APIPromise, type RawResponse } from './api-promise.js';
import {
  type ClientOptions,
  mergeOptions,
  type RequestOptions,
  type ResolvedOptions,
  resolveOptions,
} from './client-options.js';
import { envelopeStatus, openAIError, parseBody } from './envelope.js';
import { makeAPIError } from './error-from-response.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  ClovaStudioError,
} from './errors.js';
import { consoleLogger, type LevelledLogger, levelled } from './logger.js';
import { redactHeaders, redactText } from './redact.js';
import { newRequestId, REQUEST_ID_HEADER } from './request-id.js';
import { kyRetry } from './retry-policy.js';
import { iterateSSE, type ServerSentEvent } from './sse-stream.js';
import { Stream } from './stream.js';

/** HTTP methods of JSON requests. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE';

/** Query-string parameters; `undefined` values are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined>;

/** A JSON request, for {@link Transport.request}. */
export interface JSONRequest {
  method: HttpMethod;
  /** Path under `baseURL`, e.g. `'/v3/chat-completions/HCX-005'`. */
  path: string;
  query?: QueryParams;
  /** Sent as JSON; `FormData`, `Blob`, `URLSearchParams`, `ArrayBuffer`, typed arrays and `ReadableStream` are sent as they are. */
  body?: unknown;
  /** `true` (default): unwrap `{status,result}` to `result`. `false`: return the parsed body as it is (OpenAI-compatible layer). */
  envelope?: boolean;
  /** Per-request overrides. */
  options?: RequestOptions;
}

/** A streaming (SSE) request, for {@link Transport.stream}. */
export interface StreamRequest {
  /** Default `'POST'`. */
  method?: 'POST' | 'GET';
  path: string;
  body?: unknown;
  query?: QueryParams;
  /** Event names that complete the stream. Default `['result']`. */
  endEvents?: readonly string[];
  /** Per-request overrides. */
  options?: RequestOptions;
}

// Everything known about one logical request once its response headers are in.
interface Call extends RawResponse {
  o: ResolvedOptions;
  log: LevelledLogger;
  controller: AbortController;
  method: string;
  path: string;
  started: number;
  retries: number;
  secrets: string[];
  headers: Headers;
}

const MAX_TIMER = 2_147_483_647;
const SUCCESS = /^2\d{4}$/;

const isRawBody = (b: unknown): b is BodyInit =>
  (typeof FormData !== 'undefined' && b instanceof FormData) ||
  (typeof Blob !== 'undefined' && b instanceof Blob) ||
  b instanceof URLSearchParams ||
  b instanceof ArrayBuffer ||
  ArrayBuffer.isView(b) ||
  (typeof ReadableStream !== 'undefined' && b instanceof ReadableStream);

const describe = (e: unknown): string => {
  if (!(e instanceof Error)) return String(e);
  const inner = e.cause instanceof Error ? e.cause : undefined;
  const code = inner && (inner as { code?: unknown }).code;
  return inner ? `${e.message} (${typeof code === 'string' ? code : inner.message})` : e.message;
};

function buildURL(base: string, path: string, query: QueryParams | undefined): string {
  let url = base + (path.startsWith('/') ? path : `/${path}`);
  if (query) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) qs.append(k, String(v));
    const s = qs.toString();
    if (s) url += (url.includes('?') ? '&' : '?') + s;
  }
  return url;
}

/**
 * The CLOVA Studio transport: authentication, request ids, retries, timeouts, the response
 * envelope, typed errors and SSE streams. It knows no endpoint; `@clova-studio/apis` builds the
 * typed endpoints on it.
 *
 * @example
 * ```ts
 * const transport = new Transport({ apiKey: process.env.CLOVA_STUDIO_API_KEY });
 * const result = await transport.request({ method: 'POST', path: '/v3/chat-completions/HCX-005', body });
 * ```
 */
export class Transport {
  /** The options this transport was made with (environment defaults are applied per call). */
  readonly options: Readonly<ClientOptions>;

  /** @param options - client options; every field is optional. */
  constructor(options: ClientOptions = {}) {
    this.options = Object.freeze({ ...options });
  }

  /** A new transport with `overrides` laid over this one's options (headers are merged). */
  withOptions(overrides: ClientOptions): Transport {
    return new Transport(mergeOptions(this.options, overrides));
  }

  /**
   * Sends a JSON request. Resolves to `result` of the `{status,result}` envelope (or the whole
   * body with `envelope: false`); rejects with a typed {@link ClovaStudioError}.
   */
  request<T = unknown>(req: JSONRequest): APIPromise<T> {
    const call = this.#send(req.method, req.path, req.query, req.body, req.options, 'json');
    const envelope = req.envelope !== false;
    return new APIPromise<T>(call, (raw) => readJSON<T>(raw as Call, envelope));
  }

  /**
   * Opens a server-sent-event stream (`Accept: text/event-stream`). Resolves once the response
   * headers arrive (HTTP errors reject here, typed, after any retries); then iterate the
   * {@link Stream}. Not retried once it has resolved.
   */
  stream<T = unknown>(req: StreamRequest): APIPromise<Stream<ServerSentEvent<T>>> {
    const method = req.method ?? 'POST';
    const call = this.#send(method, req.path, req.query, req.body, req.options, 'sse');
    const endEvents = req.endEvents ?? ['result'];
    return new APIPromise(call, (raw) => openStream<T>(raw as Call, endEvents));
  }

  async #send(
    method: string,
    path: string,
    query: QueryParams | undefined,
    body: unknown,
    options: RequestOptions | undefined,
    kind: 'json' | 'sse',
  ): Promise<Call> {
    const o = resolveOptions(mergeOptions(this.options, options));
    const requestId = o.requestId ?? newRequestId();
    const log = levelled(o.logger ?? consoleLogger, o.logLevel);
    const secrets = [o.apiKey, o.legacyKeys?.clovaStudioApiKey, o.legacyKeys?.apigwApiKey].filter(
      (s): s is string => !!s,
    );

    const headers = new Headers();
    headers.set('accept', kind === 'sse' ? 'text/event-stream' : 'application/json');
    const raw = body === undefined || isRawBody(body);
    if (!raw) headers.set('content-type', 'application/json');
    if (o.headers) for (const [k, v] of Object.entries(o.headers)) headers.set(k, v);
    headers.set(REQUEST_ID_HEADER, requestId);
    if (o.legacyKeys) {
      headers.set('X-NCP-CLOVASTUDIO-API-KEY', o.legacyKeys.clovaStudioApiKey);
      headers.set('X-NCP-APIGW-API-KEY', o.legacyKeys.apigwApiKey);
    } else if (o.apiKey) {
      headers.set('authorization', `Bearer ${o.apiKey}`);
    } else if (!headers.has('authorization')) {
      throw new ClovaStudioError(
        'Missing API key: pass `apiKey` (or `legacyKeys`) in the options, or set the CLOVA_STUDIO_API_KEY environment variable',
        { requestId },
      );
    }

    if (o.signal?.aborted)
      throw new APIUserAbortError('Request aborted before it was sent', { requestId });
    const controller = new AbortController();
    const signal = o.signal ? AbortSignal.any([o.signal, controller.signal]) : controller.signal;
    const call: Call = {
      response: undefined as unknown as Response,
      requestId,
      o,
      log,
      controller,
      method,
      path,
      started: performance.now(),
      retries: 0,
      secrets,
      headers,
    };

    try {
      call.response = await ky(buildURL(o.baseURL, path, query), {
        method,
        headers,
        body: raw ? (body as BodyInit | undefined) : JSON.stringify(body),
        signal,
        fetch: o.fetch,
        timeout: o.timeout > 0 ? Math.min(o.timeout, MAX_TIMER) : false,
        retry: kyRetry(o.maxRetries, o),
        throwHttpErrors: true,
        parseJson: parseBody,
        hooks: {
          beforeRetry: [
            ({ error, retryCount }) => {
              call.retries = retryCount;
              log.info?.(`retrying ${method} ${path} (retry ${retryCount}): ${error.name}`, {
                requestId,
                retry: retryCount,
                status: error instanceof HTTPError ? error.response.status : undefined,
              });
            },
          ],
        },
      });
    } catch (error) {
      throw report(call, toClovaError(error, call));
    }
    return call;
  }
}

// Turns whatever ky or fetch threw into this SDK's typed errors.
function toClovaError(error: unknown, call: Call): ClovaStudioError {
  const { requestId, o } = call;
  if (error instanceof ClovaStudioError) return error;
  if (error instanceof HTTPError) {
    const r = error.response;
    return makeAPIError({
      status: r.status,
      body: error.data,
      headers: r.headers,
      requestId,
      secrets: call.secrets,
    });
  }
  if (o.signal?.aborted) return new APIUserAbortError('Request aborted', { requestId });
  if (error instanceof TimeoutError) {
    return new APITimeoutError(`Request timed out after ${o.timeout} ms`, { requestId });
  }
  const cause = error instanceof NetworkError ? error.cause : error;
  return new APIConnectionError(redactText(`Connection error: ${describe(cause)}`, call.secrets), {
    requestId,
    cause,
  });
}

// Logs the end of a logical request at debug level and returns `error` (if any) for throwing.
function report<E extends ClovaStudioError | undefined>(call: Call, error: E, code?: string): E {
  const debug = call.log.debug;
  if (debug) {
    const status = error instanceof APIError ? error.status : call.response?.status;
    const c = error instanceof APIError ? error.code : code;
    const durationMs = Math.round(performance.now() - call.started);
    const line = [call.method, call.path, status ?? '-', c ?? '-', `${durationMs}ms`].join(' ');
    debug(error ? `${line} ${error.name}` : line, {
      method: call.method,
      path: call.path,
      status,
      code: c,
      durationMs,
      retries: call.retries,
      requestId: call.requestId,
      headers: redactHeaders(call.headers),
      error: error ? redactText(error.message, call.secrets) : undefined,
    });
  }
  return error;
}

async function readJSON<T>(call: Call, envelope: boolean): Promise<T> {
  const { response, o, requestId } = call;
  let text: string;
  let timedOut = false;
  const timer =
    o.timeout > 0
      ? setTimeout(
          () => {
            timedOut = true;
            call.controller.abort();
          },
          Math.min(o.timeout, MAX_TIMER),
        )
      : undefined;
  try {
    text = await response.text();
  } catch (error) {
    throw report(
      call,
      timedOut
        ? new APITimeoutError(`Response body not read within ${o.timeout} ms`, { requestId })
        : o.signal?.aborted
          ? new APIUserAbortError('Request aborted', { requestId })
          : new APIConnectionError(
              `Connection lost while reading the response: ${describe(error)}`,
              {
                requestId,
                cause: error,
              },
            ),
    );
  } finally {
    clearTimeout(timer);
  }
  const body = parseBody(text);
  const env = envelopeStatus(body);
  if (typeof body === 'string' || (env && !SUCCESS.test(env.code)) || openAIError(body)) {
    throw report(
      call,
      makeAPIError({
        status: response.status,
        body,
        headers: response.headers,
        requestId,
        secrets: call.secrets,
      }),
    );
  }
  report(call, undefined, env?.code);
  return (envelope && env ? (body as { result?: unknown }).result : body) as T;
}

async function openStream<T>(call: Call, endEvents: readonly string[]) {
  const { response, o, requestId } = call;
  if (/json/i.test(response.headers.get('content-type') ?? '')) {
    // A JSON answer to a streaming request: an error envelope, or a server that does not stream.
    await readJSON(call, false);
    throw new APIError(`${response.status}: expected an event stream, got JSON`, {
      status: response.status,
      requestId,
      headers: response.headers,
    });
  }
  report(call, undefined);
  const iterate = () =>
    iterateSSE<T>(response, call.controller, {
      endEvents,
      idleTimeout: Math.min(o.streamIdleTimeout, MAX_TIMER),
      userSignal: o.signal,
      requestId,
      secrets: call.secrets,
      onEnd: (events, error) =>
        call.log.debug?.(`stream ${call.method} ${call.path} ended after ${events} events`, {
          requestId,
          events,
          error: error?.name,
          durationMs: Math.round(performance.now() - call.started),
        }),
    });
  return new Stream<ServerSentEvent<T>>(iterate, response, requestId, call.controller);
}

import ky, { HTTPError, NetworkError, TimeoutError } from 'ky';
import { APIPromise, type RawResponse } from './api-promise.js';
import {
  type ClientOptions,
  mergeOptions,
  type RequestOptions,
  type ResolvedOptions,
  resolveOptions,
} from './client-options.js';
import { envelopeStatus, isSuccessCode, openAIError, parseBody } from './envelope.js';
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
  /** `'GET'`, `'POST'` or `'DELETE'`. */
  method: HttpMethod;
  /** Path under `baseURL`, e.g. `'/v3/chat-completions/HCX-005'`. */
  path: string;
  /** Query-string parameters. */
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
  /** Path under `baseURL`, e.g. `'/v3/chat-completions/HCX-005'`. */
  path: string;
  /** Sent as JSON (or as it is, like {@link JSONRequest.body}). */
  body?: unknown;
  /** Query-string parameters. */
  query?: QueryParams;
  /** Event names that complete the stream. Default `['result']`. */
  endEvents?: readonly string[];
  /** Per-request overrides. */
  options?: RequestOptions;
}

// Everything known about one logical request once its response headers are in.
interface Call extends RawResponse, Shared {
  controller: AbortController | undefined;
  /** Reads the body as text, bounded by `timeout`. */
  readText: () => Promise<string>;
  method: string;
  path: string;
  started: number;
  retries: number;
  headers: Record<string, string>;
}

const MAX_TIMER = 2_147_483_647;
const REQUEST_ID_KEY = REQUEST_ID_HEADER.toLowerCase();

const isRawBody = (b: unknown): b is BodyInit =>
  b instanceof FormData ||
  b instanceof Blob ||
  b instanceof URLSearchParams ||
  b instanceof ArrayBuffer ||
  ArrayBuffer.isView(b) ||
  b instanceof ReadableStream;

function buildURL(base: string, path: string, query: QueryParams | undefined): string {
  const url = base + (path[0] === '/' ? path : `/${path}`);
  if (!query) return url;
  const qs = new URLSearchParams();
  for (const k in query) if (query[k] !== undefined) qs.append(k, String(query[k]));
  const s = qs.toString();
  return s ? url + (url.includes('?') ? '&' : '?') + s : url;
}

// Resolved options with what follows from them alone.
interface Shared {
  /** The options of the call, every default applied. */
  opts: ResolvedOptions;
  log: LevelledLogger;
  /** Strings to scrub from messages: the credentials. */
  secrets: string[];
}

function share(options: RequestOptions): Shared {
  const opts = resolveOptions(options);
  const { apiKey, legacyKeys: legacy } = opts;
  const secrets = [apiKey, legacy?.clovaStudioApiKey, legacy?.apigwApiKey].filter(
    (s): s is string => !!s,
  );
  return { opts, log: levelled(opts.logger ?? consoleLogger, opts.logLevel), secrets };
}

// The outcome of an attempt made with `fetch` directly.
interface Attempt {
  response?: Response;
  error?: unknown;
  timedOut?: boolean;
  /** Reads the body, bounded by `timeout` as ky bounds it; a timeout rejects with `onTimeout()`. */
  readText: () => Promise<string>;
}

/** One attempt with `fetch` itself, bounded by `timeout` until the headers arrive. */
async function attempt(
  fetch: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  outer: AbortSignal | undefined,
  timeout: number,
  onTimeout: () => Error,
): Promise<Attempt> {
  const own = new AbortController();
  let timedOut = false;
  const arm = () =>
    timeout
      ? setTimeout(() => {
          timedOut = true;
          own.abort();
        }, timeout)
      : undefined;
  let response: Response;
  const readText = async () => {
    const timer = arm();
    try {
      return await response.text();
    } catch (error) {
      throw timedOut ? onTimeout() : error;
    } finally {
      clearTimeout(timer);
    }
  };
  init.signal = outer ? AbortSignal.any([outer, own.signal]) : own.signal;
  const timer = arm();
  try {
    response = await fetch(url, init);
  } catch (error) {
    return { error, timedOut, readText };
  } finally {
    clearTimeout(timer);
  }
  return { response, readText };
}

// What ky's first fetch gets when the direct attempt failed: the same outcome, in ky's terms.
function replay(first: Attempt, req: Request): Promise<Response> {
  if (first.response) return Promise.resolve(first.response);
  return Promise.reject(first.timedOut ? new TimeoutError(req) : first.error);
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

  // What every call of this transport shares, when it depends on no environment variable.
  #shared: Shared | undefined;

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
    const call = this.#send(req.method, req.path, req.query, req.body, req.options, false);
    return new APIPromise<T>(call, (raw) => readJSON<T>(raw as Call, req.envelope !== false));
  }

  /**
   * Opens a server-sent-event stream (`Accept: text/event-stream`). Resolves once the response
   * headers arrive (HTTP errors reject here, typed, after any retries); then iterate the
   * {@link Stream}. Nothing is retried once it has resolved.
   */
  stream<T = unknown>(req: StreamRequest): APIPromise<Stream<ServerSentEvent<T>>> {
    const call = this.#send(req.method ?? 'POST', req.path, req.query, req.body, req.options, true);
    return new APIPromise(call, (raw) => openStream<T>(raw as Call, req.endEvents ?? ['result']));
  }

  #share(): Shared {
    const shared = share(this.options);
    // Environment variables are read per call; options that leave none to read are resolved once.
    const { apiKey, legacyKeys, baseURL, logLevel } = this.options;
    if ((apiKey ?? legacyKeys) && baseURL !== undefined && logLevel !== undefined) {
      this.#shared = shared;
    }
    return shared;
  }

  async #send(
    method: string,
    path: string,
    query: QueryParams | undefined,
    body: unknown,
    options: RequestOptions | undefined,
    sse: boolean,
  ): Promise<Call> {
    const { opts, log, secrets } = options
      ? share(mergeOptions(this.options, options))
      : (this.#shared ?? this.#share());
    const requestId = opts.requestId ?? newRequestId();
    const { apiKey, legacyKeys: legacy, signal: userSignal } = opts;

    // A plain object with lower-case names: ky turns it into the one `Headers` of the request.
    const headers: Record<string, string> = {
      accept: sse ? 'text/event-stream' : 'application/json',
    };
    const raw = body === undefined || isRawBody(body);
    if (!raw) headers['content-type'] = 'application/json';
    for (const k in opts.headers) headers[k.toLowerCase()] = opts.headers[k]!;
    headers[REQUEST_ID_KEY] = requestId;
    if (legacy) {
      headers['x-ncp-clovastudio-api-key'] = legacy.clovaStudioApiKey;
      headers['x-ncp-apigw-api-key'] = legacy.apigwApiKey;
    } else if (apiKey) {
      headers.authorization = `Bearer ${apiKey}`;
    } else if (!headers.authorization) {
      throw new ClovaStudioError(
        'Missing API key: pass `apiKey` (or `legacyKeys`) in the options, or set the CLOVA_STUDIO_API_KEY environment variable',
        { requestId },
      );
    }
    if (userSignal?.aborted) throw new APIUserAbortError('Request aborted', { requestId });

    // A stream gets a controller of its own: Stream.abort(), leaving for-await, the idle timeout.
    const controller = sse ? new AbortController() : undefined;
    const signal =
      controller && userSignal
        ? AbortSignal.any([userSignal, controller.signal])
        : (controller?.signal ?? userSignal);
    const payload = raw ? (body as BodyInit | undefined) : JSON.stringify(body);
    const fetch = opts.fetch ?? globalThis.fetch;
    const replayable = !(payload instanceof ReadableStream);
    const call = {
      requestId,
      opts,
      log,
      controller,
      method,
      path,
      started: performance.now(),
      retries: 0,
      secrets,
      headers,
    } as Call;

    const url = buildURL(opts.baseURL, path, query);
    const timeout = opts.timeout > 0 ? Math.min(opts.timeout, MAX_TIMER) : 0;
    // The first attempt goes to fetch directly: a `Request` built, cloned and copied by ky costs
    // about 20 % of a loopback round trip. Only when it fails is ky brought in, and then its first
    // fetch is handed the outcome of this attempt, so ky's retry machinery sees it as its own.
    let first: Attempt | undefined;
    if (replayable) {
      const init = { method, headers, body: payload };
      first = await attempt(fetch, url, init, signal, timeout, () => timeoutError(opts, requestId));
      if (first.response?.ok) {
        call.response = first.response;
        call.readText = first.readText;
        return call;
      }
      if (userSignal?.aborted)
        throw report(call, new APIUserAbortError('Request aborted', { requestId }));
    }

    let pending: ReturnType<typeof ky>;
    try {
      pending = ky(url, {
        method,
        headers,
        signal,
        // ky builds (and, to retry, clones) a body-less Request; a body that can be sent again as
        // it is goes straight to fetch with the same URL, method, headers and (ky's) signal. This
        // keeps undici from streaming a cloned body chunked, and saves a Request copy per attempt.
        body: replayable ? undefined : payload,
        fetch: replayable
          ? (req) => {
              if (first) {
                const outcome = replay(first, req as Request);
                first = undefined;
                return outcome;
              }
              const { url, signal } = req as Request;
              return fetch(url, { method, headers, body: payload, signal });
            }
          : fetch,
        timeout: timeout || false,
        retry: kyRetry(opts.maxRetries, opts, (error, retry, delayMs) => {
          call.retries = retry;
          log.info?.(
            `retrying ${method} ${path} (retry ${retry} in ${Math.round(delayMs)}ms): ${error.name}`,
            {
              requestId,
              retry,
              delayMs,
              status: (error as HTTPError).response?.status,
            },
          );
        }),
        parseJson: parseBody,
      });
    } catch (error) {
      // ky builds the Request synchronously: a malformed URL or header value lands here.
      throw new ClovaStudioError(
        redactText(`Invalid request: ${(error as Error).message}`, secrets),
        { requestId },
      );
    }
    call.readText = () => pending.text();
    try {
      call.response = await pending;
    } catch (error) {
      throw report(call, toClovaError(error, call));
    }
    return call;
  }
}

// Turns whatever ky or fetch threw into this SDK's typed errors.
function toClovaError(error: unknown, call: Call): ClovaStudioError {
  const { requestId, opts } = call;
  if (error instanceof ClovaStudioError) return error;
  if (error instanceof HTTPError) return responseError(call, error.response, error.data);
  if (opts.signal?.aborted) return new APIUserAbortError('Request aborted', { requestId });
  if (error instanceof TimeoutError) return timeoutError(opts, requestId);
  const cause = error instanceof NetworkError ? error.cause : error;
  const inner = (cause as Error | undefined)?.cause as
    | { code?: string; message?: string }
    | undefined;
  const detail = `${(cause as Error | undefined)?.message}${inner ? ` (${inner.code ?? inner.message})` : ''}`;
  return new APIConnectionError(redactText(`Connection error: ${detail}`, call.secrets), {
    requestId,
    cause,
  });
}

// The typed error for an error `response` of `call` whose body is `body`.
const responseError = (call: Call, response: Response, body: unknown) =>
  makeAPIError({
    status: response.status,
    body,
    headers: response.headers,
    requestId: call.requestId,
    secrets: call.secrets,
  });

const timeoutError = (opts: ResolvedOptions, requestId: string) =>
  new APITimeoutError(`Request timed out after ${opts.timeout} ms`, { requestId });

// Logs the end of a logical request at debug level; returns `error` for throwing.
function report<E extends ClovaStudioError | undefined>(call: Call, error: E, code?: string): E {
  const debug = call.log.debug;
  if (debug) {
    const status = (error as APIError | undefined)?.status ?? call.response?.status;
    const clovaCode = (error as APIError | undefined)?.code ?? code;
    const durationMs = Math.round(performance.now() - call.started);
    const line = `${call.method} ${call.path} ${status ?? '-'} ${clovaCode ?? '-'} ${durationMs}ms`;
    debug(error ? `${line} ${error.name}` : line, {
      method: call.method,
      path: call.path,
      status,
      code: clovaCode,
      durationMs,
      retries: call.retries,
      requestId: call.requestId,
      headers: redactHeaders(call.headers),
      error: error?.message,
    });
  }
  return error;
}

async function readJSON<T>(call: Call, envelope: boolean): Promise<T> {
  const { response } = call;
  let text: string;
  try {
    // ky's `text()` bounds the body read by `timeout` too.
    text = await call.readText();
  } catch (error) {
    throw report(call, toClovaError(error, call));
  }
  const body = parseBody(text);
  const env = envelopeStatus(body);
  if (typeof body === 'string' || (env && !isSuccessCode(env.code)) || openAIError(body)) {
    throw report(call, responseError(call, response, body));
  }
  report(call, undefined, env?.code);
  return (envelope && env ? (body as { result?: unknown }).result : body) as T;
}

async function openStream<T>(call: Call, endEvents: readonly string[]) {
  const { response, opts, requestId } = call;
  const controller = call.controller!;
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
    iterateSSE<T>(response, controller, {
      endEvents,
      idleTimeout: Math.min(opts.streamIdleTimeout, MAX_TIMER),
      userSignal: opts.signal,
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
  return new Stream<ServerSentEvent<T>>(iterate, response, requestId, controller);
}

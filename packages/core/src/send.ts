import ky, { type RetryOptions } from 'ky';
import type { RawResponse } from './api-promise.ts';
import type { RequestOptions } from './client-options.ts';
import { logOutcome } from './debug-log.ts';
import { parseBody } from './envelope.ts';
import { APIUserAbortError, ClovaStudioError } from './errors.ts';
import { redactText } from './redact.ts';
import { isRawBody, requestHeaders } from './request-headers.ts';
import { newRequestId } from './request-id.ts';
import { type ResolvedOptions, resolveCallOptions } from './resolve-options.ts';
import { retryDelay } from './retry-policy.ts';
import { toClovaError } from './to-clova-error.ts';

/** Query-string parameters; `undefined` values are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined>;

/** What {@link send} sends. */
export interface SendRequest {
  /** `'GET'`, `'POST'` or `'DELETE'`. */
  method: string;
  /** Path under `baseURL`. */
  path: string;
  /** Query-string parameters. */
  query?: QueryParams | undefined;
  /** Sent as JSON, or as it is when it is a `FormData`, `Blob`, bytes, `URLSearchParams` or a stream. */
  body?: unknown;
  /** Per-request overrides. */
  options?: RequestOptions | undefined;
}

/** One logical request once its response headers are in (after any retries). */
export interface Call extends RawResponse {
  /** The options of the call, every default applied. */
  opts: ResolvedOptions;
  method: string;
  path: string;
  /** `METHOD URL` without the query string, for messages. */
  target: string;
  /** The headers sent (credentials included: redact before showing). */
  headers: Record<string, string>;
  started: number;
  retries: number;
  /** A stream's own controller, its answering attempt's: `Stream.abort()`, leaving `for await`, the idle timeout. */
  controller: AbortController | undefined;
  /** Reads the body as text through ky, bounded by `timeout`. */
  readText: () => Promise<string>;
}

const MAX_TIMER = 2_147_483_647;

function buildURL(base: string, path: string, query: QueryParams | undefined): string {
  const url = base + (path[0] === '/' ? path : `/${path}`);
  if (!query) return url;
  const qs = new URLSearchParams();
  for (const k in query) if (query[k] !== undefined) qs.append(k, String(query[k]));
  const s = qs.toString();
  return s ? url + (url.includes('?') ? '&' : '?') + s : url;
}

/** The body as every attempt sends it: JSON text, or the raw body (a stream is read once into bytes, so that a retry can send it again). */
function replayableBody(body: unknown, json: boolean): BodyInit | Promise<ArrayBuffer> | undefined {
  if (json) return JSON.stringify(body);
  if (body instanceof ReadableStream) return new Response(body).arrayBuffer();
  return body as BodyInit | undefined;
}

/** ky's `retry` for `call`: the decision and the delay both come from {@link retryDelay}, over this SDK's typed errors. */
function retryOptions(call: Call): RetryOptions {
  let wait = 0;
  return {
    limit: call.opts.maxRetries,
    methods: ['get', 'post', 'delete'],
    shouldRetry: ({ error, retryCount }) => {
      const typed = toClovaError(error, call);
      const ms = retryDelay(typed, retryCount, call.opts);
      if (ms === undefined) return false;
      wait = ms;
      call.retries = retryCount;
      call.opts.log.info?.(
        `retrying ${call.method} ${call.path} (retry ${retryCount} in ${Math.round(ms)}ms): ${typed.name}`,
        {
          requestId: call.requestId,
          retry: retryCount,
          delayMs: ms,
          status: (typed as { status?: number }).status,
        },
      );
      return true;
    },
    delay: () => wait,
    backoffLimit: Number.POSITIVE_INFINITY,
    jitter: undefined,
  };
}

/**
 * One attempt of a stream: `fetch` under a controller of the attempt's own, which becomes the
 * stream's (`Stream.abort()`, its idle timeout) when this attempt is the one that answers. ky's
 * signal (its per-attempt timeout, the caller's signal) aborts it until the headers are in, and is
 * let go then: the body outlives ky's part, and the stream has its own idle timeout. The caller's
 * signal is combined with the controller's once, so that it still ends the body.
 */
async function fetchStream(
  fetch: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  attemptSignal: AbortSignal,
  call: Call,
): Promise<Response> {
  const controller = new AbortController();
  call.controller = controller;
  const caller = call.opts.signal;
  const abort = () => controller.abort(attemptSignal.reason);
  attemptSignal.addEventListener('abort', abort, { once: true });
  try {
    return await fetch(url, {
      ...init,
      signal: caller ? AbortSignal.any([caller, controller.signal]) : controller.signal,
    });
  } finally {
    attemptSignal.removeEventListener('abort', abort);
  }
}

/**
 * Sends one logical request through ky: every attempt is ky's, with its `retry` (decided by this
 * SDK's retry policy), `timeout` (per attempt, up to the response headers), `HTTPError` (its body
 * read by ky and typed by `makeAPIError`) and a `beforeError` hook that types every failure.
 * Resolves once a 2xx response's headers are in; the body is left for `readJSON` or `openStream`.
 *
 * ky's `Request` carries neither the body nor the headers: both are built once per logical
 * request and handed to `fetch` beside the attempt's URL, method and signal (ky's custom `fetch`
 * option; a stream's attempt fetches under its own controller, see `fetchStream`). A `Request` holding the body would be built and, to be retried, teed on every attempt,
 * for nothing, since the serialised body can simply be sent again; headers given to ky are merged
 * into two `Headers` and copied into its `Request`, only for `fetch` to copy them once more.
 */
export async function send(
  client: ResolvedOptions,
  req: SendRequest,
  accept: 'application/json' | 'text/event-stream',
): Promise<Call> {
  const opts = resolveCallOptions(client, req.options);
  const requestId = opts.requestId ?? newRequestId();
  const json = req.body !== undefined && !isRawBody(req.body);
  const headers = requestHeaders(opts, requestId, accept, json);
  if (opts.signal?.aborted) throw new APIUserAbortError('Request aborted', { requestId });
  const streaming = accept === 'text/event-stream';
  const url = buildURL(opts.baseURL, req.path, req.query);
  const call = {
    requestId,
    opts,
    method: req.method,
    path: req.path,
    target: `${req.method} ${url.split('?')[0]}`,
    headers,
    started: performance.now(),
    retries: 0,
  } as Call;
  let body = replayableBody(req.body, json);
  if (body instanceof Promise) body = await body;
  const fetch = opts.fetch ?? globalThis.fetch;
  let pending: ReturnType<typeof ky>;
  try {
    // A malformed header value throws here, before anything is sent.
    const sent = new Headers(headers);
    pending = ky(url, {
      method: req.method,
      signal: opts.signal,
      timeout: opts.timeout > 0 ? Math.min(opts.timeout, MAX_TIMER) : false,
      retry: retryOptions(call),
      hooks: { beforeError: [({ error }) => toClovaError(error, call)] },
      parseJson: parseBody,
      fetch: (request) => {
        const { url, method, signal } = request as Request;
        const init = { method, headers: sent, body };
        return streaming
          ? fetchStream(fetch, url, init, signal, call)
          : fetch(url, { ...init, signal });
      },
    });
  } catch (error) {
    // So does a malformed URL: ky builds its Request synchronously.
    throw new ClovaStudioError(
      redactText(`Invalid request: ${(error as Error).message}`, opts.secrets),
      { requestId },
    );
  }
  call.readText = () => pending.text();
  try {
    call.response = await pending;
    // ky gives the response a `json()` of its own, whose closure holds ky's whole instance (its
    // `Request`s, options and hooks) for as long as the response lives; nothing here calls it.
    delete (call.response as { json?: unknown }).json;
  } catch (error) {
    throw logOutcome(call, toClovaError(error, call));
  }
  return call;
}

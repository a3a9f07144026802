import { APIPromise } from './api-promise.ts';
import { type ClientOptions, mergeOptions, type RequestOptions } from './client-options.ts';
import { openStream } from './open-stream.ts';
import { readJSON } from './read-json.ts';
import { type ResolvedOptions, resolveClientOptions } from './resolve-options.ts';
import { type Call, type QueryParams, send } from './send.ts';
import type { ServerSentEvent } from './sse-stream.ts';
import type { Stream } from './stream.ts';

export type { QueryParams } from './send.ts';

/** HTTP methods of JSON requests. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE';

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

/**
 * The CLOVA Studio transport: authentication, request ids, retries, timeouts, the response
 * envelope, typed errors and SSE streams. It knows no endpoint; `@clova-studio/apis` builds the
 * typed endpoints on it. Its options, the environment included, are read once, here.
 *
 * @example
 * ```ts
 * const transport = new Transport({ apiKey: process.env.CLOVA_STUDIO_API_KEY });
 * const result = await transport.request({ method: 'POST', path: '/v3/chat-completions/HCX-005', body });
 * ```
 */
export class Transport {
  /** The options this transport was made with, as given. */
  readonly options: Readonly<ClientOptions>;
  /** The same with the environment and every default applied. */
  readonly #resolved: ResolvedOptions;

  /**
   * @param options - client options; every field is optional.
   * @throws TypeError naming the field for a bad number, log level or `baseURL` (not http(s), or ending in `/v3`, `/v1/openai`, …).
   * @throws ClovaStudioError for a key with a character an HTTP header cannot carry.
   */
  constructor(options: ClientOptions = {}) {
    this.options = Object.freeze({ ...options });
    this.#resolved = resolveClientOptions(options);
  }

  /** A new transport with `overrides` laid over this one's options (headers are merged). */
  withOptions(overrides: ClientOptions): Transport {
    return new Transport(mergeOptions(this.options, overrides));
  }

  /**
   * Sends a JSON request. Resolves to `result` of the `{status,result}` envelope (or the whole
   * body with `envelope: false`); rejects with a typed `ClovaStudioError`.
   */
  request<T = unknown>(req: JSONRequest): APIPromise<T> {
    const call = send(this.#resolved, req, 'application/json');
    return new APIPromise<T>(call, (raw) => readJSON<T>(raw as Call, req.envelope !== false));
  }

  /**
   * Opens a server-sent-event stream (`Accept: text/event-stream`). Resolves once the response
   * headers arrive (HTTP errors reject here, typed, after any retries); then iterate the
   * {@link Stream}. Nothing is retried once it has resolved.
   */
  stream<T = unknown>(req: StreamRequest): APIPromise<Stream<ServerSentEvent<T>>> {
    const call = send(
      this.#resolved,
      { ...req, method: req.method ?? 'POST' },
      'text/event-stream',
    );
    return new APIPromise(call, (raw) => openStream<T>(raw as Call, req.endEvents ?? ['result']));
  }
}

import type { Logger, LogLevel } from './logger.ts';

/** The legacy (pre-2025) key pair, sent as `X-NCP-CLOVASTUDIO-API-KEY` and `X-NCP-APIGW-API-KEY`. */
export interface LegacyKeys {
  /** Sent as `X-NCP-CLOVASTUDIO-API-KEY`. */
  clovaStudioApiKey: string;
  /** Sent as `X-NCP-APIGW-API-KEY`. */
  apigwApiKey: string;
}

/** Tuning of the retry delays (all in ms). */
export interface RetryBackoff {
  /** Delay before the first retry; doubles on each retry. Default 500. */
  initialDelay?: number;
  /** Largest backoff delay. Default 8_000. */
  maxDelay?: number;
  /** Largest delay taken from `Retry-After` / `retry-after-ms`; longer requests are capped to it. Default 60_000. */
  maxRetryAfter?: number;
}

/** Options of a {@link Transport}. Every field is optional. */
export interface ClientOptions {
  /** API key (`nv-…`), sent as `Authorization: Bearer`. Default: env `CLOVA_STUDIO_API_KEY`. Read once, when the transport is made. Missing → error at call time. */
  apiKey?: string;
  /** Legacy key pair, sent instead of `Authorization`. */
  legacyKeys?: LegacyKeys;
  /** Default: env `CLOVA_STUDIO_BASE_URL`, else `https://clovastudio.stream.ntruss.com`. The host (and any proxy prefix) only: `http(s)`, no `/v3` or `/v1/openai` suffix. */
  baseURL?: string;
  /** Milliseconds per attempt, up to the response headers (and for reading a JSON body). Default 60_000; 0 disables. */
  timeout?: number;
  /** Retries after the first attempt. Default 2; 0 disables (for LangChain and the AI SDK, which retry themselves). */
  maxRetries?: number;
  /** Retry delay tuning. */
  retryBackoff?: RetryBackoff;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** `fetch` implementation. Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Where log lines go. Default: `console`. */
  logger?: Logger;
  /** Default: env `CLOVA_STUDIO_LOG`, else `'warn'`. */
  logLevel?: LogLevel;
  /** Milliseconds a stream may stay silent between two chunks. Default 60_000; 0 disables. */
  streamIdleTimeout?: number;
}

/** Per-request options: any {@link ClientOptions} field, plus an abort signal and a request id. */
export interface RequestOptions extends ClientOptions {
  /** Aborts the request (and its retries, and a stream). */
  signal?: AbortSignal;
  /** Sent as `X-NCP-CLOVASTUDIO-REQUEST-ID`. Default: a fresh UUID. Same on every retry. */
  requestId?: string;
}

/** The default base URL. */
export const DEFAULT_BASE_URL = 'https://clovastudio.stream.ntruss.com';

/**
 * Lays `over` on `base`: fields of `over` win (an `undefined` field keeps `base`'s value),
 * `headers` are merged, and credentials given in `over` (`apiKey` or `legacyKeys`) replace both
 * credential fields of `base`.
 */
export function mergeOptions<T extends ClientOptions>(base: ClientOptions, over: T | undefined): T {
  if (!over) return base as T;
  const merged = { ...base } as Record<string, unknown>;
  for (const k in over) if (over[k] !== undefined) merged[k] = over[k];
  if (base.headers && over.headers) merged.headers = { ...base.headers, ...over.headers };
  if (over.apiKey !== undefined && over.legacyKeys === undefined) delete merged.legacyKeys;
  if (over.legacyKeys !== undefined && over.apiKey === undefined) delete merged.apiKey;
  return merged as T;
}

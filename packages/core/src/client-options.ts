import { isLogLevel, type Logger, type LogLevel } from './logger.js';

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
  /** API key (`nv-…`), sent as `Authorization: Bearer`. Default: env `CLOVA_STUDIO_API_KEY`. Missing → error at call time. */
  apiKey?: string;
  /** Legacy key pair, sent instead of `Authorization`. */
  legacyKeys?: LegacyKeys;
  /** Default: env `CLOVA_STUDIO_BASE_URL`, else `https://clovastudio.stream.ntruss.com`. */
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

/** Options with every default applied. */
export interface ResolvedOptions extends RequestOptions {
  apiKey: string | undefined;
  baseURL: string;
  timeout: number;
  maxRetries: number;
  initialDelay: number;
  maxDelay: number;
  maxRetryAfter: number;
  logLevel: LogLevel;
  streamIdleTimeout: number;
}

/** Reads an environment variable where there is an environment (Node, Deno, Bun); `undefined` in browsers. */
function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.[name]?.trim() || undefined;
}

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

const NUMBERS = [
  'timeout',
  'maxRetries',
  'streamIdleTimeout',
  'initialDelay',
  'maxDelay',
  'maxRetryAfter',
] as const;

/** Applies the environment and the defaults. Throws a `TypeError` naming the field on a bad value. */
export function resolveOptions(options: RequestOptions): ResolvedOptions {
  const backoff = options.retryBackoff;
  let logLevel = options.logLevel;
  if (logLevel === undefined) {
    const env = readEnv('CLOVA_STUDIO_LOG')?.toLowerCase();
    logLevel = isLogLevel(env) ? env : 'warn';
  }
  if (!isLogLevel(logLevel))
    throw new TypeError('`logLevel` must be debug, info, warn, error or off');
  const resolved: ResolvedOptions = {
    ...options,
    apiKey: options.legacyKeys ? undefined : (options.apiKey ?? readEnv('CLOVA_STUDIO_API_KEY')),
    baseURL: (options.baseURL ?? readEnv('CLOVA_STUDIO_BASE_URL') ?? DEFAULT_BASE_URL).replace(
      /\/+$/,
      '',
    ),
    timeout: options.timeout ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    streamIdleTimeout: options.streamIdleTimeout ?? 60_000,
    initialDelay: backoff?.initialDelay ?? 500,
    maxDelay: backoff?.maxDelay ?? 8_000,
    maxRetryAfter: backoff?.maxRetryAfter ?? 60_000,
    logLevel,
  };
  for (const k of NUMBERS) {
    const v = resolved[k];
    if (typeof v !== 'number' || !(v >= 0) || (k === 'maxRetries' && !Number.isInteger(v))) {
      throw new TypeError(
        `\`${k}\` must be a non-negative ${k === 'maxRetries' ? 'integer' : 'number'}, got ${String(v)}`,
      );
    }
  }
  return resolved;
}

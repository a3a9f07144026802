import {
  type ClientOptions,
  DEFAULT_BASE_URL,
  mergeOptions,
  type RequestOptions,
} from './client-options.ts';
import { ClovaStudioError } from './errors.ts';
import {
  consoleLogger,
  isLogLevel,
  type LevelledLogger,
  type LogLevel,
  levelled,
} from './logger.ts';

/** Options with every default applied, and what follows from them alone. */
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
  /** The logger bound to `logLevel`. */
  log: LevelledLogger;
  /** Strings to scrub from messages and logs: the credentials. */
  secrets: string[];
}

/** Reads an environment variable where there is an environment (Node, Deno, Bun); `undefined` in browsers. */
function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.[name]?.trim() || undefined;
}

const NUMBERS = [
  'timeout',
  'maxRetries',
  'streamIdleTimeout',
  'initialDelay',
  'maxDelay',
  'maxRetryAfter',
] as const;

// A character a header value cannot carry: a control character (tab aside) or one beyond Latin-1.
const NOT_IN_HEADER = /[^\t\x20-\x7e\x80-\xff]/;

// A base URL that already names an API version, e.g. `…/v3` or `…/v1/openai`: the SDK adds those paths.
const API_SUFFIX = /\/v\d+(?:\/openai)?$/i;

/** Throws a `ClovaStudioError` naming `field` when `value` holds a character an HTTP header cannot carry. The value is never shown. */
function checkHeaderValue(field: string, value: string | undefined): void {
  const bad = value === undefined ? null : NOT_IN_HEADER.exec(value);
  if (!bad) return;
  const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  throw new ClovaStudioError(
    `Invalid \`${field}\`: character ${bad.index + 1} (U+${code}) cannot be sent in an HTTP header; copy the key again, without quotes, spaces or an ellipsis`,
  );
}

/** The base URL without trailing slashes; throws a `TypeError` when it is not an http(s) URL or ends in an API path. */
function checkBaseURL(value: string): string {
  const url = value.replace(/\/+$/, '');
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new TypeError(
      `\`baseURL\` must be an absolute http(s) URL, got ${JSON.stringify(value)}`,
    );
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new TypeError(`\`baseURL\` must use http or https, got ${JSON.stringify(value)}`);
  }
  const suffix = API_SUFFIX.exec(url)?.[0];
  if (suffix) {
    throw new TypeError(
      `\`baseURL\` must not end in ${suffix}: the SDK adds /v3/…, /v1/openai/… itself; use ${JSON.stringify(url.slice(0, -suffix.length))}`,
    );
  }
  return url;
}

/**
 * Applies the environment (when `env` is true) and the defaults, and checks every field: a bad
 * number, log level or base URL throws a `TypeError` naming the field; a key an HTTP header
 * cannot carry throws a `ClovaStudioError` (without the key).
 */
export function resolveOptions(options: RequestOptions, env = true): ResolvedOptions {
  const fromEnv = env ? readEnv : () => undefined;
  const backoff = options.retryBackoff;
  let logLevel = options.logLevel;
  if (logLevel === undefined) {
    const level = fromEnv('CLOVA_STUDIO_LOG')?.toLowerCase();
    logLevel = isLogLevel(level) ? level : 'warn';
  }
  if (!isLogLevel(logLevel))
    throw new TypeError('`logLevel` must be debug, info, warn, error or off');
  const legacy = options.legacyKeys;
  const apiKey = legacy ? undefined : (options.apiKey ?? fromEnv('CLOVA_STUDIO_API_KEY'));
  checkHeaderValue('apiKey', apiKey);
  checkHeaderValue('legacyKeys.clovaStudioApiKey', legacy?.clovaStudioApiKey);
  checkHeaderValue('legacyKeys.apigwApiKey', legacy?.apigwApiKey);
  const resolved: ResolvedOptions = {
    ...options,
    apiKey,
    baseURL: checkBaseURL(options.baseURL ?? fromEnv('CLOVA_STUDIO_BASE_URL') ?? DEFAULT_BASE_URL),
    timeout: options.timeout ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    streamIdleTimeout: options.streamIdleTimeout ?? 60_000,
    initialDelay: backoff?.initialDelay ?? 500,
    maxDelay: backoff?.maxDelay ?? 8_000,
    maxRetryAfter: backoff?.maxRetryAfter ?? 60_000,
    logLevel,
    log: levelled(options.logger ?? consoleLogger, logLevel),
    secrets: [apiKey, legacy?.clovaStudioApiKey, legacy?.apigwApiKey].filter(
      (s): s is string => !!s,
    ),
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

/** The client's options, read once with the environment; notes at debug level a key that does not look like `nv-…`. */
export function resolveClientOptions(options: ClientOptions): ResolvedOptions {
  const resolved = resolveOptions(options);
  if (resolved.apiKey && !resolved.apiKey.startsWith('nv-')) {
    resolved.log.debug?.(
      'The API key does not look like a CLOVA Studio key (nv-…); legacy key pairs go in `legacyKeys`',
    );
  }
  return resolved;
}

/** A call's options: `overrides` laid over the client's resolved options (the environment is not read again). */
export function resolveCallOptions(
  client: ResolvedOptions,
  overrides: RequestOptions | undefined,
): ResolvedOptions {
  return overrides ? resolveOptions(mergeOptions(client, overrides), false) : client;
}

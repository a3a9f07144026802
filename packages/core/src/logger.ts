/** Where log lines go. Any object with these four methods works (console, pino, winston…). */
export interface Logger {
  /** Per-request detail: each request's outcome, a stream's end. `fields` are structured data. */
  debug(message: string, fields?: Record<string, unknown>): void;
  /** Notable events, such as a retry. */
  info(message: string, fields?: Record<string, unknown>): void;
  /** Something likely wrong that did not fail the call. */
  warn(message: string, fields?: Record<string, unknown>): void;
  /** A failure. */
  error(message: string, fields?: Record<string, unknown>): void;
}

/** How much to log. `'off'` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

const LEVELS = ['debug', 'info', 'warn', 'error', 'off'] as const;

/** Whether `level` is a known {@link LogLevel}. */
export const isLogLevel = (level: unknown): level is LogLevel => LEVELS.includes(level as LogLevel);

/** The default logger: `console`, each line prefixed with `[clova-studio]`. */
export const consoleLogger: Logger = {
  debug: (m, f) => console.debug(`[clova-studio] ${m}`, f ?? ''),
  info: (m, f) => console.info(`[clova-studio] ${m}`, f ?? ''),
  warn: (m, f) => console.warn(`[clova-studio] ${m}`, f ?? ''),
  error: (m, f) => console.error(`[clova-studio] ${m}`, f ?? ''),
};

/** A logger bound to a level: a method is `undefined` when its level is filtered out (so callers skip building fields). */
export type LevelledLogger = { [K in keyof Logger]: Logger[K] | undefined };

const cache = new WeakMap<Logger, Partial<Record<LogLevel, LevelledLogger>>>();

/** Binds `logger` to `level` (memoised: one object per logger and level). */
export function levelled(logger: Logger, level: LogLevel): LevelledLogger {
  let byLevel = cache.get(logger);
  if (!byLevel) {
    byLevel = {};
    cache.set(logger, byLevel);
  }
  const cached = byLevel[level];
  if (cached) return cached;
  const min = LEVELS.indexOf(level);
  const out = {} as LevelledLogger;
  LEVELS.forEach((name, i) => {
    if (name !== 'off') out[name] = i >= min ? (m, f) => logger[name](m, f) : undefined;
  });
  byLevel[level] = out;
  return out;
}

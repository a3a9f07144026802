/** Where log lines go. Any object with these four methods works (console, pino, winston…). */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** How much to log. `'off'` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** Whether `level` is a known {@link LogLevel}. */
export const isLogLevel = (level: unknown): level is LogLevel =>
  typeof level === 'string' && level in RANK;

/** The default logger: `console`, each line prefixed with `[clova-studio]`. */
export const consoleLogger: Logger = {
  debug: (m, f) => console.debug(`[clova-studio] ${m}`, f ?? ''),
  info: (m, f) => console.info(`[clova-studio] ${m}`, f ?? ''),
  warn: (m, f) => console.warn(`[clova-studio] ${m}`, f ?? ''),
  error: (m, f) => console.error(`[clova-studio] ${m}`, f ?? ''),
};

/** A logger bound to a level: a method is `undefined` when its level is filtered out (so callers skip building fields). */
export interface LevelledLogger {
  debug: Logger['debug'] | undefined;
  info: Logger['info'] | undefined;
  warn: Logger['warn'] | undefined;
  error: Logger['error'] | undefined;
}

/** Binds `logger` to `level`. */
export function levelled(logger: Logger, level: LogLevel): LevelledLogger {
  const rank = RANK[level];
  const pick = (name: keyof Logger) =>
    RANK[name] >= rank ? (m: string, f?: Record<string, unknown>) => logger[name](m, f) : undefined;
  return { debug: pick('debug'), info: pick('info'), warn: pick('warn'), error: pick('error') };
}

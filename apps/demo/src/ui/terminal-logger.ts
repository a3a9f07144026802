import type { Logger } from '@clova-studio/core';
import type { Terminal } from './terminal.ts';

/** One line the SDK logged. */
export interface LoggedLine {
  readonly level: keyof Logger;
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A {@link Logger} that prints the SDK's log (dimmed, indented) and keeps every line. */
export interface TerminalLogger extends Logger {
  /** Everything logged so far. */
  readonly lines: readonly LoggedLine[];
}

/** Fields worth showing on one line (the rest stay in {@link TerminalLogger.lines}). */
const SHOWN_FIELDS = ['status', 'code', 'retry', 'retries', 'requestId'] as const;

/** Creates a {@link TerminalLogger} writing to `terminal`. */
export function createTerminalLogger(terminal: Terminal): TerminalLogger {
  const { colors } = terminal;
  const lines: LoggedLine[] = [];
  const log =
    (level: keyof Logger) =>
    (message: string, fields: Record<string, unknown> = {}): void => {
      lines.push({ level, message, fields });
      const shown = SHOWN_FIELDS.filter((key) => fields[key] !== undefined)
        .map((key) => `${key}=${String(fields[key])}`)
        .join(' ');
      const tag = level === 'warn' || level === 'error' ? colors.yellow(level) : colors.dim(level);
      terminal.line(
        `  ${colors.dim('│')} ${tag} ${colors.dim(`${message}${shown ? `  ${shown}` : ''}`)}`,
      );
    };
  return {
    lines,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
}

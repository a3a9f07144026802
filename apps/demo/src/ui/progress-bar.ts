import type { Terminal } from './terminal.ts';

/** A single-line progress bar. */
export interface ProgressBar {
  /** Sets the amount done (clamped to `0…total`) and an optional short status. */
  update(done: number, status?: string): void;
  /** Draws the final state and ends the line. */
  finish(status?: string): void;
}

/** Options for {@link createProgressBar}. */
export interface ProgressBarOptions {
  /** What is being counted, shown before the bar. */
  readonly label: string;
  /** The amount that means 100 %. */
  readonly total: number;
  /** Width of the bar in characters (default 24). */
  readonly width?: number;
  /** Show `done/total` after the percentage (default true; off when the total is just 100 %). */
  readonly showCount?: boolean;
}

/**
 * A tiny hand-written progress bar. On a TTY it redraws one line with `\r`; elsewhere it
 * prints a plain line each time it crosses a quarter (or the status changes), so logs stay short.
 */
export function createProgressBar(terminal: Terminal, options: ProgressBarOptions): ProgressBar {
  const { label, total, width = 24, showCount = true } = options;
  const { colors } = terminal;
  let lastQuarter = -1;
  let lastStatus: string | undefined;
  let finished = false;

  const render = (done: number, status: string | undefined): string => {
    const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
    const filled = Math.round(ratio * width);
    const bar = colors.cyan('█'.repeat(filled)) + colors.dim('░'.repeat(width - filled));
    const percent = `${Math.round(ratio * 100)}%`.padStart(4);
    const suffix = status ? ` ${colors.dim(status)}` : '';
    const count = showCount ? ` ${done}/${total}` : '';
    return `  ${label} ${bar} ${percent}${count}${suffix}`;
  };

  const draw = (done: number, status: string | undefined, final: boolean): void => {
    if (terminal.isTTY) {
      terminal.write(`\r\x1b[2K${render(done, status)}${final ? '\n' : ''}`);
      return;
    }
    const quarter = total > 0 ? Math.floor((Math.min(done, total) / total) * 4) : 4;
    if (final || quarter !== lastQuarter || status !== lastStatus) {
      terminal.line(render(done, status));
      lastQuarter = quarter;
      lastStatus = status;
    }
  };

  let current = 0;
  return {
    update(done, status) {
      if (finished) return;
      current = done;
      draw(done, status, false);
    },
    finish(status) {
      if (finished) return;
      finished = true;
      // Off a TTY, the last plain line may already say 100 %: don't repeat it.
      const repeated = status === undefined || status === lastStatus;
      if (!terminal.isTTY && lastQuarter === 4 && repeated) return;
      draw(current, status, true);
    },
  };
}

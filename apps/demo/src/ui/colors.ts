import { styleText } from 'node:util';

/** The few styles the demo uses; each returns the text unchanged when colours are off. */
export interface Colors {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly magenta: (text: string) => string;
}

type Format = Parameters<typeof styleText>[0];

/**
 * Decides whether a stream should get colours: only a TTY, never with `NO_COLOR` (any value)
 * or `NODE_DISABLE_COLORS`; `FORCE_COLOR` (other than `0`) turns them on regardless.
 */
export function shouldUseColors(
  stream: { readonly isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  return stream.isTTY === true;
}

/** Builds the demo's styles on top of `node:util` `styleText`, or plain identity functions. */
export function createColors(enabled: boolean): Colors {
  const style = (format: Format) => (text: string) =>
    enabled ? styleText(format, text, { validateStream: false }) : text;
  return {
    bold: style('bold'),
    dim: style('dim'),
    red: style('red'),
    green: style('green'),
    yellow: style('yellow'),
    cyan: style('cyan'),
    magenta: style('magenta'),
  };
}

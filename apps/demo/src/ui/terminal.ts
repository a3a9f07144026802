import { type Colors, createColors, shouldUseColors } from './colors.ts';

/** Where the demo writes: a stream plus what it can do (colours, in-place updates). */
export interface Terminal {
  /** Writes text as-is (no newline): used for live streamed tokens and progress bars. */
  write(text: string): void;
  /** Writes one line. */
  line(text?: string): void;
  /** True when `\r` redraws are safe (an interactive terminal). */
  readonly isTTY: boolean;
  /** Styles, already switched off when the stream should not get colours. */
  readonly colors: Colors;
}

/** A terminal over a Node stream (`process.stdout`, `process.stderr`). */
export function createTerminal(
  stream: NodeJS.WritableStream & { readonly isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): Terminal {
  return {
    write: (text) => void stream.write(text),
    line: (text = '') => void stream.write(`${text}\n`),
    isTTY: stream.isTTY === true,
    colors: createColors(shouldUseColors(stream, env)),
  };
}

/** A terminal that keeps everything in memory (no TTY, no colours): for tests and `--json`. */
export interface BufferTerminal extends Terminal {
  /** Everything written so far. */
  text(): string;
}

/** Creates a {@link BufferTerminal}. */
export function createBufferTerminal(): BufferTerminal {
  let buffer = '';
  return {
    write: (text) => {
      buffer += text;
    },
    line: (text = '') => {
      buffer += `${text}\n`;
    },
    isTTY: false,
    colors: createColors(false),
    text: () => buffer,
  };
}

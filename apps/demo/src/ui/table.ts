import { stripVTControlCharacters } from 'node:util';

/** Options for {@link renderTable}. */
export interface TableOptions {
  /** Column titles. */
  readonly headers: readonly string[];
  /** Cells, already styled; styling does not count towards the width. */
  readonly rows: readonly (readonly string[])[];
  /** Styles the header row (e.g. bold). */
  readonly headerStyle?: (text: string) => string;
  /** Indices of columns to right-align (numbers). */
  readonly alignRight?: readonly number[];
}

/** How many terminal columns a string takes: colour codes count 0, wide (CJK) characters 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripVTControlCharacters(text)) {
    const code = char.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Renders a plain box-less table: padded columns separated by two spaces, a rule under the header. */
export function renderTable(options: TableOptions): string {
  const { headers, rows, headerStyle = (text) => text, alignRight = [] } = options;
  const widths = headers.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const pad = (cell: string, column: number): string => {
    const gap = ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell)));
    return alignRight.includes(column) ? gap + cell : cell + gap;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => pad(cell, column))
      .join('  ')
      .trimEnd();
  return [
    headerStyle(line(headers)),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { createColors, shouldUseColors } from '../src/ui/colors.ts';
import { createProgressBar } from '../src/ui/progress-bar.ts';
import { displayWidth, renderTable } from '../src/ui/table.ts';
import { createBufferTerminal, type Terminal } from '../src/ui/terminal.ts';

describe('colours', () => {
  it('are on for a TTY and off when piped, with NO_COLOR, or NODE_DISABLE_COLORS', () => {
    expect(shouldUseColors({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColors({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColors({}, {})).toBe(false);
    expect(shouldUseColors({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColors({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
    expect(shouldUseColors({ isTTY: true }, { NODE_DISABLE_COLORS: '1' })).toBe(false);
    expect(shouldUseColors({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });

  it('leave text untouched when off', () => {
    expect(createColors(false).red('x')).toBe('x');
    expect(createColors(true).red('x')).not.toBe('x');
  });
});

describe('table', () => {
  it('pads by display width: colour codes count 0, Korean characters 2', () => {
    expect(displayWidth(createColors(true).green('ok'))).toBe(2);
    expect(displayWidth('날씨')).toBe(4);
    const table = renderTable({
      headers: ['a', 'b'],
      rows: [
        ['날씨', 'x'],
        ['abcd', 'y'],
      ],
    });
    const [, , first = '', second = ''] = table.split('\n');
    const columnOf = (line: string, cell: string) =>
      displayWidth(line.slice(0, line.indexOf(cell)));
    expect(columnOf(first, 'x')).toBe(6);
    expect(columnOf(second, 'y')).toBe(6);
  });
});

describe('progress bar', () => {
  it('off a TTY, prints a plain line per quarter instead of redrawing', () => {
    const terminal = createBufferTerminal();
    const bar = createProgressBar(terminal, { label: 'items', total: 100 });
    for (let i = 1; i <= 100; i++) bar.update(i);
    bar.finish();
    const lines = terminal.text().trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.at(-1)).toContain('100% 100/100');
    expect(terminal.text()).not.toContain('\r');
  });

  it('on a TTY, redraws one line with \\r and ends it once', () => {
    let text = '';
    const tty: Terminal = {
      write: (t) => {
        text += t;
      },
      line: (t = '') => {
        text += `${t}\n`;
      },
      isTTY: true,
      colors: createColors(false),
    };
    const bar = createProgressBar(tty, { label: 'items', total: 4 });
    for (let i = 1; i <= 4; i++) bar.update(i);
    bar.finish('done');
    expect(text.split('\r').length - 1).toBe(5);
    expect(text.split('\n').length - 1).toBe(1);
    expect(text.endsWith('done\n')).toBe(true);
  });
});

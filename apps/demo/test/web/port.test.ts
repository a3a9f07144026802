import { describe, expect, it } from 'vitest';
import { parsePort } from '../../src/web/port.ts';

describe('parsePort (PORT for demo:web)', () => {
  it('is 0 (a free port) when PORT is unset or empty, else the number', () => {
    expect(parsePort(undefined)).toBe(0);
    expect(parsePort(' ')).toBe(0);
    expect(parsePort('3000')).toBe(3000);
  });

  it('rejects anything but an integer from 0 to 65535, quoting the value', () => {
    for (const bad of ['http', '70000', '-1', '3.5']) {
      expect(parsePort(bad)).toEqual(
        new Error(`PORT must be an integer from 0 to 65535 (got "${bad}")`),
      );
    }
  });
});

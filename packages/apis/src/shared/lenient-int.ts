import * as z from 'zod/mini';

/**
 * An integer that may arrive as a number or as a numeric string (the reference renders some integers as
 * strings such as `"7,"`); parsed to a number. Used for response fields only.
 */
export const lenientIntSchema = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\s*-?\d[\d,]*\s*,?\s*$/))]),
  z.transform((value: number | string) =>
    typeof value === 'number' ? value : Number(value.replace(/[\s,]/g, '')),
  ),
);

import * as z from 'zod/mini';

/**
 * Below this value a timestamp is read as seconds, at or above it as milliseconds.
 * 1e11 s is the year 5138 and 1e11 ms is March 1973, so both readings stay unambiguous.
 */
const SECONDS_LIMIT = 1e11;

/**
 * Turns a `created` timestamp into a `Date`. The docs call it milliseconds, yet their examples
 * show seconds too; values below 1e11 are treated as seconds, the rest as milliseconds.
 * Numeric strings are accepted as well.
 */
export function normalizeCreated(value: number | string): Date {
  const n = typeof value === 'string' ? Number(value) : value;
  return new Date(n < SECONDS_LIMIT ? n * 1000 : n);
}

/** Schema of a `created` field: a number (s or ms) or numeric string, parsed into a `Date`. */
export const createdSchema = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform(normalizeCreated),
);

import type { z } from 'zod';
import { toolErrors } from './errors.js';

/** A plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a request body with `schema`: a body that is not a JSON object → 400/40000 "Bad request";
 * any schema issue → 400/40001 "Invalid parameter". Endpoint-specific checks (empty text →
 * 40004, over a limit → 40003) run after this, on the typed value.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (!isJsonObject(body)) throw toolErrors.badRequest();
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw toolErrors.invalidParameter();
  return parsed.data;
}

import type { z } from 'zod';
import { toolErrors } from './errors.js';

/** A plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Dotted paths of the fields named by zod issues (`messages.0.role`), without duplicates. */
export function issueFields(issues: readonly z.core.$ZodIssue[]): string[] {
  const fields = issues.map((issue) => issue.path.map(String).join('.')).filter((f) => f !== '');
  return [...new Set(fields)];
}

/**
 * Parses a request body with `schema`: a body that is not a JSON object → 400/40000 "Bad request";
 * any schema issue → 400/40001 "Invalid parameter". Endpoint-specific checks (empty text →
 * 40004, over a limit → 40003) run after this, on the typed value.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (!isJsonObject(body)) throw toolErrors.badRequest();
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw toolErrors.invalidParameter(...issueFields(parsed.error.issues));
  return parsed.data;
}

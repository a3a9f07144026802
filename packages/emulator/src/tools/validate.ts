import type { z } from 'zod';
import { toolErrors } from './errors.js';

/** A plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Most fields named in one `Invalid parameter: …` message. */
const MAX_NAMED_FIELDS = 5;

/** Dotted paths of the fields named by zod issues (`messages.0.role`), unique, at most five. */
export function issueFields(issues: readonly z.core.$ZodIssue[]): string[] {
  const fields = new Set<string>();
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (field !== '') fields.add(field);
    if (fields.size >= MAX_NAMED_FIELDS) break;
  }
  return [...fields];
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

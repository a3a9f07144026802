import type { z } from 'zod';
import { objectBody } from './chat/checks.js';
import { invalidParameter } from './http/fail.js';

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
 * Parses `value` with `schema`; any schema issue → 400/40001 `Invalid parameter: <fields>`.
 * Endpoint-specific checks (empty text → 40004, over a limit → 40003) run after this, on the
 * typed value.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidParameter(...issueFields(parsed.error.issues));
  return parsed.data;
}

/** Parses a request body with `schema`: not a JSON object → 400/40000, else as {@link parseWith}. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  return parseWith(schema, objectBody(body));
}

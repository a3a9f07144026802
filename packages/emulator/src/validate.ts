/**
 * Request validation, one module for every route. Two forms, for a reason:
 *
 * - Bodies whose every rule is "the right type, within range" (embedding, summary, segmentation,
 *   reranker, RAG reasoning, router, skillset, tuning) are one zod schema each, read with
 *   {@link parseBody}: any issue is `400 40001 Invalid parameter: <fields>`.
 * - The chat bodies (v3, v1, legacy completions, the OpenAI layer, the token calculators, the
 *   sliding window) are checked field by field with the helpers below, because the service
 *   answers them rule by rule: the first failing rule in the documented order decides the answer,
 *   rules have their own codes (`40002`, `40004`, `40009`, `40055`, `40060`…), ranges come from
 *   the model (`maxTokens ≤ model.maxOutput`), conflicting features are named together
 *   (`tools, thinking`) and message fields are named without an index (`messages.role`). A
 *   schema's list of issues gives none of that order or those codes.
 */
import type { z } from 'zod';
import { fail, invalidParameter } from './http/fail.ts';

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request body as an object, or `40000 Bad request`. */
export function objectBody(body: unknown): JsonObject {
  if (!isObject(body)) throw fail('40000');
  return body;
}

/** `body[field]`, or `undefined` when it is absent or `null` (the service treats both alike). */
function present(body: JsonObject, field: string): unknown {
  const value = body[field];
  return value === null ? undefined : value;
}

/** Range rules for a number field. */
export interface NumberRule {
  min?: number;
  /** `min` itself is not allowed. */
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
}

/** `body[field]` if present and within `rule`, `undefined` if absent (or null), else `40001` naming `name`. */
export function optionalNumber(
  body: JsonObject,
  field: string,
  rule: NumberRule,
  name = field,
): number | undefined {
  const value = present(body, field);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidParameter(name);
  if (rule.integer && !Number.isInteger(value)) throw invalidParameter(name);
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min))
    throw invalidParameter(name);
  if (rule.max !== undefined && value > rule.max) throw invalidParameter(name);
  return value;
}

/** `body[field]` if a boolean, `undefined` if absent, else `40001`. */
export function optionalBoolean(
  body: JsonObject,
  field: string,
  name = field,
): boolean | undefined {
  const value = present(body, field);
  if (value !== undefined && typeof value !== 'boolean') throw invalidParameter(name);
  return value;
}

/** `body[field]` if a string, `undefined` if absent, else `40001`. */
export function optionalString(body: JsonObject, field: string, name = field): string | undefined {
  const value = present(body, field);
  if (value !== undefined && typeof value !== 'string') throw invalidParameter(name);
  return value;
}

/** `body[field]` as a list of strings (default `[]`); a single string is taken as a one-element list. */
export function stringList(body: JsonObject, field: string, name = field): string[] {
  const value = present(body, field);
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw invalidParameter(name);
  return value;
}

/**
 * Checks every number field of `rules`, in their order (the first one out of range is reported),
 * and returns their values (`undefined` for the absent ones).
 */
export function checkNumbers<K extends string>(
  body: JsonObject,
  rules: Readonly<Record<K, NumberRule>>,
): Record<K, number | undefined> {
  const out = {} as Record<K, number | undefined>;
  for (const field of Object.keys(rules) as K[])
    out[field] = optionalNumber(body, field, rules[field]);
  return out;
}

/** The rule of the `seed` field: 0 … 4294967295 (0 or absent means "pick one"). */
export const SEED_RULE: NumberRule = { min: 0, max: 4294967295, integer: true };

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

import { fail, invalidParameter } from '../http/fail.js';

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
  const value = body[field];
  if (value === undefined || value === null) return undefined;
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
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidParameter(name);
  return value;
}

/** `body[field]` if a string, `undefined` if absent, else `40001`. */
export function optionalString(body: JsonObject, field: string, name = field): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(name);
  return value;
}

/** `body[field]` as a list of strings (default `[]`); a single string is taken as a one-element list. */
export function stringList(body: JsonObject, field: string, name = field): string[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw invalidParameter(name);
  return value;
}

/** The seed field: 0 … 4294967295 (0 or absent means "pick one"). */
export function optionalSeed(body: JsonObject): number | undefined {
  return optionalNumber(body, 'seed', { min: 0, max: 4294967295, integer: true });
}

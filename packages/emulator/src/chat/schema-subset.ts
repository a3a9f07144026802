import { fail } from '../http/fail.ts';
import { isObject } from '../validate.ts';

const TYPES = new Set(['string', 'number', 'boolean', 'integer', 'object', 'array', 'null']);
const FORMATS = new Set([
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
]);
const KEYWORDS = new Set([
  'type',
  'format',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
  'enum',
  'anyOf',
  'description',
  'title',
  'additionalProperties',
  '$schema',
]);

function check(schema: unknown, depth: number): void {
  if (!isObject(schema) || depth > 32) throw fail('40055');
  for (const key of Object.keys(schema)) if (!KEYWORDS.has(key)) throw fail('40055');
  const { type } = schema;
  const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
  if (!types.every((t) => typeof t === 'string' && TYPES.has(t))) throw fail('40055');
  if (
    schema.format !== undefined &&
    (typeof schema.format !== 'string' || !FORMATS.has(schema.format))
  )
    throw fail('40055');
  for (const k of ['minimum', 'maximum'] as const)
    if (schema[k] !== undefined && typeof schema[k] !== 'number') throw fail('40055');
  for (const k of ['minItems', 'maxItems'] as const) {
    const v = schema[k];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0))
      throw fail('40055');
  }
  if (schema.enum !== undefined && (!Array.isArray(schema.enum) || schema.enum.length === 0))
    throw fail('40055');
  if (
    schema.required !== undefined &&
    (!Array.isArray(schema.required) || !schema.required.every((r) => typeof r === 'string'))
  ) {
    throw fail('40055');
  }
  if (schema.properties !== undefined) {
    if (!isObject(schema.properties)) throw fail('40055');
    for (const child of Object.values(schema.properties)) check(child, depth + 1);
  }
  if (schema.items !== undefined) check(schema.items, depth + 1);
  if (schema.anyOf !== undefined) {
    if (!Array.isArray(schema.anyOf) || schema.anyOf.length === 0) throw fail('40055');
    for (const child of schema.anyOf) check(child, depth + 1);
  }
  if (
    !types.length &&
    schema.properties === undefined &&
    schema.anyOf === undefined &&
    schema.enum === undefined
  ) {
    throw fail('40055');
  }
}

/** Checks that `schema` stays within the documented Structured Outputs subset, else `40055`. */
export function checkResponseSchema(schema: unknown): void {
  check(schema, 0);
}

import type * as z from 'zod/mini';

type RawIssue = z.core.$ZodRawIssue;

/** A value as a message shows it: strings quoted, arrays by length, objects by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** `a`, `an` + the zod type name as a reader says it. */
function typeName(expected: string): string {
  const names: Record<string, string> = {
    int: 'an integer',
    number: 'a number',
    string: 'a string',
    boolean: 'a boolean',
    array: 'an array',
    object: 'an object',
    record: 'an object',
  };
  return names[expected] ?? `a ${expected}`;
}

/** The inclusive/exclusive bounds of a number schema, read from its checks. */
function numberBounds(schema: unknown): string[] {
  const checks =
    (schema as { _zod?: { def?: { checks?: { _zod?: { def?: unknown } }[] } } })._zod?.def
      ?.checks ?? [];
  const bounds: string[] = [];
  for (const check of checks) {
    const def = check._zod?.def as { check?: string; value?: unknown; inclusive?: boolean };
    if (def?.check === 'greater_than') bounds.unshift(`${def.inclusive ? '≥' : '>'} ${def.value}`);
    if (def?.check === 'less_than') bounds.push(`${def.inclusive ? '≤' : '<'} ${def.value}`);
  }
  return bounds;
}

/** `messages` → `message`: the name of one element of a list field. */
function singular(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  return typeof last === 'string' && last.endsWith('s') ? last.slice(0, -1) : 'item';
}

function sizeRule(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const got = issue.input;
  const isMin = issue.code === 'too_small';
  const limit = Number(isMin ? issue.minimum : issue.maximum);
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    const bounds = numberBounds((issue as { schema?: unknown }).schema);
    const rule = bounds.length > 0 ? bounds.join(' and ') : `${isMin ? '≥' : '≤'} ${limit}`;
    return `must be ${rule} (got ${describeValue(got)})`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    const length = Array.isArray(got) ? got.length : undefined;
    if (isMin && limit === 1) return `must contain at least one ${singular(issue.path ?? [])}`;
    return `must contain at ${isMin ? 'least' : 'most'} ${limit} items${length === undefined ? '' : ` (got ${length})`}`;
  }
  if (issue.origin === 'string') {
    if (isMin && limit === 1) return 'must not be empty';
    const length = typeof got === 'string' ? ` (got ${got.length})` : '';
    return `must be at ${isMin ? 'least' : 'most'} ${limit} characters long${length}`;
  }
  return `must be ${isMin ? 'at least' : 'at most'} ${limit} (got ${describeValue(got)})`;
}

/**
 * The message of one validation issue: the rule and the value received, never a bare
 * "Invalid input" (zod/mini ships no messages of its own). Custom rules keep their message.
 * Passed to zod as the `error` of each parse, so it needs no global configuration.
 */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeRule(issue);
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${typeName(issue.expected)})`;
      return `must be ${typeName(issue.expected)} (got ${describeValue(issue.input)})`;
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? v : String(v)));
      const rule =
        values.length === 1
          ? `be ${JSON.stringify(issue.values[0])}`
          : `be one of ${values.join(' | ')}`;
      return `must ${rule} (got ${describeValue(issue.input)})`;
    }
    case 'invalid_union': {
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (options && options.length > 0) {
        const input = issue.input as Record<string, unknown> | undefined;
        const got =
          discriminator && input && typeof input === 'object' ? input[discriminator] : input;
        return `must be one of ${options.map(String).join(' | ')} (got ${describeValue(got)})`;
      }
      const expected = issue.errors
        .map((branch) => branch[0])
        .filter((first) => first?.code === 'invalid_type' && first.path.length === 0)
        .map((first) => typeName((first as { expected: string }).expected));
      const got = describeValue(issue.input);
      return expected.length > 0
        ? `must be ${[...new Set(expected)].join(' or ')} (got ${got})`
        : `does not match any accepted form (got ${got})`;
    }
    case 'invalid_format':
      return `must be a valid ${issue.format} (got ${describeValue(issue.input)})`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor} (got ${describeValue(issue.input)})`;
    case 'unrecognized_keys':
      return `has unknown keys ${issue.keys.join(', ')}`;
    case 'invalid_key':
    case 'invalid_element':
      return `has an invalid ${issue.code === 'invalid_key' ? 'key' : 'element'}`;
    default:
      return issue.message ?? 'is invalid';
  }
}

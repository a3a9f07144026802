import type { ToolSpec } from '../engine/conversation.ts';
import type { ToolChoice } from '../engine/generate.ts';
import { invalidParameter } from '../http/fail.ts';
import { isObject } from '../validate.ts';

/** Parses `tools` (`[{type:"function",function:{name,description,parameters?}}]`); absent → `[]`. */
export function parseTools(
  value: unknown,
  field = 'tools',
  descriptionRequired = true,
): ToolSpec[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidParameter(field);
  return value.map((tool) => {
    if (!isObject(tool) || tool.type !== 'function' || !isObject(tool.function))
      throw invalidParameter(field);
    const fn = tool.function;
    if (typeof fn.name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(fn.name))
      throw invalidParameter(`${field}.function.name`);
    if (fn.description !== undefined && typeof fn.description !== 'string')
      throw invalidParameter(`${field}.function.description`);
    if (descriptionRequired && typeof fn.description !== 'string')
      throw invalidParameter(`${field}.function.description`);
    if (fn.parameters !== undefined && !isObject(fn.parameters))
      throw invalidParameter(`${field}.function.parameters`);
    const spec: ToolSpec = {
      name: fn.name,
      description: typeof fn.description === 'string' ? fn.description : '',
    };
    if (isObject(fn.parameters)) spec.parameters = fn.parameters;
    return spec;
  });
}

/** Parses `toolChoice` (`"auto"` default, `"none"`, or a forced function that must be offered). */
export function parseToolChoice(
  value: unknown,
  tools: readonly ToolSpec[],
  field = 'toolChoice',
): ToolChoice {
  if (value === undefined || value === null || value === 'auto') return 'auto';
  if (value === 'none') return 'none';
  if (
    isObject(value) &&
    value.type === 'function' &&
    isObject(value.function) &&
    typeof value.function.name === 'string'
  ) {
    const name = value.function.name;
    if (!tools.some((t) => t.name === name)) throw invalidParameter(field);
    return { name };
  }
  throw invalidParameter(field);
}

import * as z from 'zod/mini';
import { functionTypeSchema } from '../shared/function-type.ts';

/** A function the model may call (v3 function calling). */
export const chatToolSchema = z.object({
  /** Always `function`. */
  type: functionTypeSchema,
  /** The function's description. */
  function: z.object({
    /** Function name (required). */
    name: z.string().check(z.minLength(1)),
    /** What the function does; the model uses it to decide when to call it. */
    description: z.string(),
    /** JSON Schema of the arguments (`type: 'object'`, `properties`, `required`). */
    parameters: z.optional(z.record(z.string(), z.unknown())),
  }),
});

/** A function the model may call; a plain object literal fits, without `as const`. */
export interface ChatTool {
  /** Always `function`. */
  type: 'function' | (string & {});
  /** The function. */
  function: {
    /** Function name (required). */
    name: string;
    /** What the function does; the model uses it to decide when to call it. */
    description: string;
    /** JSON Schema of the arguments (`type: 'object'`, `properties`, `required`). */
    parameters?: Record<string, unknown> | undefined;
  };
}

/**
 * `toolChoice` (chat v3 and RAG Reasoning): `auto` (model decides), `none` (answer in text), or
 * force one function.
 */
export const toolChoiceSchema = z.union([
  z.enum(['auto', 'none']),
  z.object({
    /** Always `function`. */
    type: functionTypeSchema,
    /** The function to call. */
    function: z.object({
      /** Its name. */
      name: z.string(),
    }),
  }),
]);

/** `toolChoice`: `auto` (the model decides), `none` (answer in text) or one named function. */
export type ToolChoice =
  | 'auto'
  | 'none'
  | {
      /** Always `function`. */
      type: 'function' | (string & {});
      /** The function to call. */
      function: {
        /** Its name. */
        name: string;
      };
    };

/** Structured outputs: constrain the answer to a JSON Schema (HCX-007 only). */
export const responseFormatSchema = z.object({
  /** Always `json`. */
  type: z.literal('json'),
  /**
   * JSON Schema subset: string/number/boolean/integer/object/array, `format` (date-time, date,
   * time, duration, email, hostname, ipv4, ipv6, uuid), minimum/maximum, minItems/maxItems,
   * items, properties, required, enum, anyOf. `pattern` is not supported.
   */
  schema: z.record(z.string(), z.unknown()),
});

/** Structured outputs: constrain the answer to a JSON Schema (HCX-007 only). */
export interface ResponseFormat {
  /** Always `json`. */
  type: 'json';
  /**
   * JSON Schema subset: string/number/boolean/integer/object/array, `format` (date-time, date,
   * time, duration, email, hostname, ipv4, ipv6, uuid), minimum/maximum, minItems/maxItems,
   * items, properties, required, enum, anyOf. `pattern` is not supported.
   */
  schema: Record<string, unknown>;
}

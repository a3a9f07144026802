import * as z from 'zod/mini';
import { functionTypeSchema } from '../shared/function-type';

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

/** A function the model may call. */
export type ChatTool = z.infer<typeof chatToolSchema>;

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

/** `toolChoice`: `auto`, `none` or one named function. */
export type ToolChoice = z.infer<typeof toolChoiceSchema>;

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

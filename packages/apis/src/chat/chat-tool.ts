import * as z from 'zod/mini';
import { functionTypeSchema } from '../shared/function-type.ts';
import { type NamedInput, object } from '../shared/named-schema.ts';

const chatToolObject = object({
  /** Always `function`. */
  type: functionTypeSchema,
  /** The function. */
  function: object({
    /** Function name (required). */
    name: z.string().check(z.minLength(1)),
    /** What the function does; the model uses it to decide when to call it. */
    description: z.string(),
    /** JSON Schema of the arguments (`type: 'object'`, `properties`, `required`). */
    parameters: z.optional(z.record(z.string(), z.unknown())),
  }),
});

/** A function the model may call (v3 function calling); a plain object literal fits, without `as const`. */
export interface ChatTool extends z.input<typeof chatToolObject> {}

/** Schema of a {@link ChatTool}. */
export const chatToolSchema: NamedInput<typeof chatToolObject, ChatTool> = chatToolObject;

const toolChoiceFunctionObject = object({
  /** Always `function`. */
  type: functionTypeSchema,
  /** The function to call. */
  function: object({
    /** Its name. */
    name: z.string(),
  }),
});

/** A `toolChoice` that forces the model to call one named function. */
export interface ToolChoiceFunction extends z.input<typeof toolChoiceFunctionObject> {}

const toolChoiceModeSchema = z.enum(['auto', 'none']);

/**
 * `toolChoice` (chat v3 and RAG Reasoning): `auto` (the model decides), `none` (answer in text),
 * or force one named function.
 */
export type ToolChoice = z.output<typeof toolChoiceModeSchema> | ToolChoiceFunction;

const toolChoiceUnion = z.union([toolChoiceModeSchema, toolChoiceFunctionObject]);

/** Schema of a {@link ToolChoice}. */
export const toolChoiceSchema: NamedInput<typeof toolChoiceUnion, ToolChoice> = toolChoiceUnion;

const responseFormatObject = object({
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
export interface ResponseFormat extends z.input<typeof responseFormatObject> {}

/** Schema of a {@link ResponseFormat}. */
export const responseFormatSchema: NamedInput<typeof responseFormatObject, ResponseFormat> =
  responseFormatObject;

import * as z from 'zod/mini';
import { lenientObject, type NamedInput } from '../shared/named-schema.ts';
import { seedSchema, topKSchema, topPSchema } from '../shared/ranges.ts';

/** OpenAI fields that CLOVA Studio rejects with `40002 Unsupported parameter`. */
export const UNSUPPORTED_OPENAI_CHAT_FIELDS = [
  'audio',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'metadata',
  'modalities',
  'prediction',
  'presence_penalty',
  'prompt_cache_key',
  'safety_identifier',
  'service_tier',
  'store',
  'stream_options',
  'top_logprobs',
  'user',
  'web_search_options',
] as const;

const openAIChatMessageObject = lenientObject({
  /** Who wrote the message. */
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  /** Text, content parts, or `null` on an assistant tool-call turn. */
  content: z.optional(
    z.nullable(z.union([z.string(), z.array(lenientObject({ type: z.string() }))])),
  ),
  /** Optional author name. */
  name: z.optional(z.string()),
  /** On `tool` messages: the call answered. */
  tool_call_id: z.optional(z.string()),
  /** On assistant messages: the tool calls made (arguments as a JSON string, OpenAI style). */
  tool_calls: z.optional(z.array(lenientObject({ id: z.string(), type: z.string() }))),
});

/** A message in OpenAI's format (`system`, `developer`, `user`, `assistant`, `tool`). */
export interface OpenAIChatMessage extends z.input<typeof openAIChatMessageObject> {}

/** Schema of {@link OpenAIChatMessage}. */
export const openAIChatMessageSchema: NamedInput<
  typeof openAIChatMessageObject,
  OpenAIChatMessage
> = openAIChatMessageObject;

const unsupported = Object.fromEntries(
  UNSUPPORTED_OPENAI_CHAT_FIELDS.map((field) => [
    field,
    z.optional(z.never({ error: 'not supported by CLOVA Studio (40002 Unsupported parameter)' })),
  ]),
) as Record<(typeof UNSUPPORTED_OPENAI_CHAT_FIELDS)[number], z.ZodMiniOptional<z.ZodMiniNever>>;

const openAIChatCompletionParamsObject = lenientObject({
  ...unsupported,
  /** Model id, e.g. `HCX-005`, `HCX-007`, `HCX-003`. */
  model: z.string().check(z.minLength(1)),
  /** The conversation (at least one message). */
  messages: z.array(openAIChatMessageSchema).check(z.minLength(1)),
  /** Output cap (default 512). Not with `max_completion_tokens`. */
  max_tokens: z.optional(z.int().check(z.gte(1))),
  /** Output cap including reasoning tokens (default 512). Not with `max_tokens`. */
  max_completion_tokens: z.optional(z.int().check(z.gte(1))),
  /** Number of choices: only 1. */
  n: z.optional(z.literal(1)),
  /** Randomness, 0 ≤ x ≤ 1. */
  temperature: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Nucleus sampling mass, 0 < x ≤ 1. */
  top_p: z.optional(topPSchema),
  /** CLOVA extra: sample from the k most likely tokens, 0–128. */
  top_k: z.optional(topKSchema),
  /** CLOVA extra for v3 models: repetition penalty, 0 < x ≤ 2. */
  repetition_penalty: z.optional(z.number().check(z.gt(0), z.lte(2))),
  /** CLOVA extra for v1 models: repetition penalty, 0 < x ≤ 10. */
  repeat_penalty: z.optional(z.number().check(z.gt(0), z.lte(10))),
  /** Stop strings. */
  stop: z.optional(z.union([z.string(), z.array(z.string())])),
  /** 0 random, 1–4,294,967,295 fixed. */
  seed: z.optional(seedSchema),
  /** Tools in OpenAI's format. */
  tools: z.optional(
    z.array(
      lenientObject({
        /** Always `function`. */
        type: z.literal('function'),
        /** The function. */
        function: lenientObject({
          /** Function name. */
          name: z.string().check(z.minLength(1)),
          /** What it does (required by CLOVA Studio, unlike OpenAI). */
          description: z.string(),
          /** JSON Schema of the arguments. */
          parameters: z.optional(z.record(z.string(), z.unknown())),
        }),
      }),
    ),
  ),
  /** `auto` (default), `none`, or an object forcing one function. */
  tool_choice: z.optional(
    z.union([z.enum(['auto', 'none']), lenientObject({ type: z.literal('function') })]),
  ),
  /** Only `true` (the default). */
  parallel_tool_calls: z.optional(z.literal(true)),
  /** Reasoning effort (HCX-007): `none`, `low`, `medium`, `high`. */
  reasoning_effort: z.optional(z.enum(['none', 'low', 'medium', 'high'])),
  /** Structured outputs: only `json_schema` (`name` and `strict` are ignored). */
  response_format: z.optional(
    lenientObject({
      type: z.literal('json_schema'),
      json_schema: lenientObject({ schema: z.optional(z.record(z.string(), z.unknown())) }),
    }),
  ),
}).check(
  z.superRefine((p, ctx) => {
    for (const field of UNSUPPORTED_OPENAI_CHAT_FIELDS) {
      if ((p as Record<string, unknown>)[field] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'not supported by CLOVA Studio (40002)',
          input: p,
        });
      }
    }
    if (p.max_tokens !== undefined && p.max_completion_tokens !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['max_completion_tokens'],
        message: 'cannot be combined with max_tokens',
        input: p,
      });
    }
  }),
);

/** Parameters of `POST /v1/openai/chat/completions` (snake_case, OpenAI style). */
export interface OpenAIChatCompletionParams
  extends z.input<typeof openAIChatCompletionParamsObject> {}

/** Schema of {@link OpenAIChatCompletionParams}. */
export const openAIChatCompletionParamsSchema: NamedInput<
  typeof openAIChatCompletionParamsObject,
  OpenAIChatCompletionParams
> = openAIChatCompletionParamsObject;

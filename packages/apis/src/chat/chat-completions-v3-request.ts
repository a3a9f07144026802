import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';
import { seedSchema, topKSchema, topPSchema } from '../shared/ranges.ts';
import { checkChatCompletionsV3Rules } from './chat-completions-v3-rules.ts';
import { chatMessageSchema } from './chat-message-v3.ts';
import { chatModelSchema } from './chat-model-schema.ts';
import { chatToolSchema, responseFormatSchema, toolChoiceSchema } from './chat-tool.ts';

/** The body fields of Chat Completions v3 (`POST /v3/chat-completions/{model}`). */
export const chatCompletionsV3BodyShape = {
  /** The conversation (at least one message; at most one `system` message). */
  messages: z.array(chatMessageSchema).check(z.minLength(1)),
  /** Nucleus sampling mass, 0 < x ≤ 1 (default 0.8). With tools it affects only the final text answer. */
  topP: z.optional(topPSchema),
  /** Sample from the k most likely tokens, 0 ≤ x ≤ 128 (default 0, off). */
  topK: z.optional(topKSchema),
  /**
   * Output cap, 1 ≤ x ≤ the model's maximum (4096 on HCX-005 and HCX-DASH-002); ≥ 1024 with tools.
   * Not with `maxCompletionTokens`, not on HCX-007.
   */
  maxTokens: z.optional(z.int().check(z.gte(1), z.lte(4096))),
  /**
   * Output cap for reasoning models (thinking plus answer tokens), 1 ≤ x ≤ 32768; ≥ 1024 with
   * tools. Default by effort: none 512, low 5120, medium 10240, high 20480. Not with `maxTokens`.
   */
  maxCompletionTokens: z.optional(z.int().check(z.gte(1), z.lte(32_768))),
  /** Randomness, 0 ≤ x ≤ 1 (default 0.5). */
  temperature: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Penalty for repeated tokens, 0 < x ≤ 2 (default 1.1; tune in 0.05 steps around 1.0–1.1). */
  repetitionPenalty: z.optional(z.number().check(z.gt(0), z.lte(2))),
  /** Stop generating before any of these strings (default `[]`). Not with thinking. */
  stop: z.optional(z.array(z.string())),
  /** 0 picks a random seed (default); 1 to 4,294,967,295 fixes it. The response reports the seed used. */
  seed: z.optional(seedSchema),
  /** Add content-filter scores (`aiFilter`) to the result (default false). */
  includeAiFilters: z.optional(z.boolean()),
  /** Reasoning (HCX-007 only). Not with tools, `stop` or `responseFormat` unless `effort` is `none`. */
  thinking: z.optional(
    object({
      /** Reasoning depth: `none`, `low` (default), `medium` or `high`. */
      effort: z.optional(z.enum(['none', 'low', 'medium', 'high'])),
    }),
  ),
  /** Functions the model may call (not with images, nor with thinking). */
  tools: z.optional(z.array(chatToolSchema)),
  /** `auto` (default), `none`, or force one function. */
  toolChoice: z.optional(toolChoiceSchema),
  /** Structured outputs (HCX-007 only, with `thinking.effort: 'none'`; not with tools). */
  responseFormat: z.optional(responseFormatSchema),
};

const chatCompletionsV3ParamsObject = object({
  /** Model id, e.g. `HCX-005`, `HCX-007`, `HCX-DASH-002` (or a v1 model, see `chat.create`). */
  model: z.optional(chatModelSchema),
  /** Tuned task id: sends the request to `/v3/tasks/{taskId}/chat-completions` (text only). */
  taskId: z.optional(z.string().check(z.minLength(1))),
  ...chatCompletionsV3BodyShape,
}).check(z.superRefine(checkChatCompletionsV3Rules));

/**
 * Parameters of `chat.create` / `chat.stream` (Chat Completions v3): the body plus where to send
 * it. Give `model` (a v1-only model is routed to Chat Completions v1) or `taskId` (a tuned task).
 */
export interface ChatCompletionsV3Params extends z.input<typeof chatCompletionsV3ParamsObject> {}

/** Schema of {@link ChatCompletionsV3Params} (validated before sending). */
export const chatCompletionsV3ParamsSchema: NamedInput<
  typeof chatCompletionsV3ParamsObject,
  ChatCompletionsV3Params
> = chatCompletionsV3ParamsObject;

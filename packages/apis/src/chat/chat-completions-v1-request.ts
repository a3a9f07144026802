import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';
import { seedSchema, topKSchema, topPSchema } from '../shared/ranges.ts';
import { textMessageSchema } from '../shared/text-message.ts';
import { chatModelSchema } from './chat-model-schema.ts';

/** The body fields of Chat Completions v1 (`POST /v1/chat-completions/{model}`). */
export const chatCompletionsV1BodyShape = {
  /** The conversation: text messages (`system`, `user`, `assistant`), at least one. */
  messages: z.array(textMessageSchema).check(z.minLength(1)),
  /** Randomness, 0 < x ≤ 1 (0 is not allowed on v1; default 0.5). */
  temperature: z.optional(z.number().check(z.gt(0), z.lte(1))),
  /** Sample from the k most likely tokens, 0 ≤ x ≤ 128 (default 0). */
  topK: z.optional(topKSchema),
  /** Nucleus sampling mass, 0 < x ≤ 1 (default 0.8). */
  topP: z.optional(topPSchema),
  /** Penalty for repeated tokens, 0 < x ≤ 10 (default 5.0). */
  repeatPenalty: z.optional(z.number().check(z.gt(0), z.lte(10))),
  /** Stop before any of these strings (default `[]`). */
  stopBefore: z.optional(z.array(z.string())),
  /** Output cap, 0 < x ≤ 4096 (default 100). */
  maxTokens: z.optional(z.int().check(z.gt(0), z.lte(4096))),
  /** Add content-filter scores (`aiFilter`) to the result (default false). */
  includeAiFilters: z.optional(z.boolean()),
  /** 0 picks a random seed (default); 1 to 4,294,967,295 fixes it. */
  seed: z.optional(seedSchema),
};

const chatCompletionsV1ParamsObject = object({
  /** Model id: `HCX-003` or `HCX-DASH-001`. */
  model: z.optional(chatModelSchema),
  /** Tuned task id. */
  taskId: z.optional(z.string().check(z.minLength(1))),
  /** Task endpoint version: `v1` (default) or `v2`. */
  taskApiVersion: z.optional(z.enum(['v1', 'v2'])),
  ...chatCompletionsV1BodyShape,
}).check(
  z.refine((p) => (p.model === undefined) !== (p.taskId === undefined), {
    message: 'give exactly one of model and taskId',
    path: ['model'],
  }),
);

/**
 * Parameters of Chat Completions v1: the body plus `model` (HCX-003, HCX-DASH-001) or `taskId`
 * (a tuned task; `taskApiVersion` picks `/v1/tasks/…` (default) or `/v2/tasks/…`).
 */
export interface ChatCompletionsV1Params extends z.input<typeof chatCompletionsV1ParamsObject> {}

/** Schema of {@link ChatCompletionsV1Params}. */
export const chatCompletionsV1ParamsSchema: NamedInput<
  typeof chatCompletionsV1ParamsObject,
  ChatCompletionsV1Params
> = chatCompletionsV1ParamsObject;

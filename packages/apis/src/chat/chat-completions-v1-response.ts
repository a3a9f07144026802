import * as z from 'zod/mini';
import { aiFilterSchema } from '../shared/ai-filter.ts';
import { stopReasonSchema } from './normalize-stop-reason.ts';

/** `result` of Chat Completions v1 (and of a v1/v2 tuned task). */
export const chatCompletionsV1ResponseSchema = z.looseObject({
  /** The generated message. */
  message: z.looseObject({
    /** Always `assistant`. */
    role: z._default(z.string(), 'assistant'),
    /** The answer. */
    content: z._default(z.string(), ''),
  }),
  /** Why generation stopped, lower-cased: `length`, `end_token` or `stop_before`. */
  stopReason: z.optional(z.nullable(stopReasonSchema)),
  /** Input tokens as billed (special tokens included). */
  inputLength: z.optional(z.number()),
  /** Output tokens. */
  outputLength: z.optional(z.number()),
  /** The seed used. */
  seed: z.optional(z.number()),
  /** Content-filter scores (with `includeAiFilters: true`). */
  aiFilter: z.optional(z.array(aiFilterSchema)),
});

/** `result` of Chat Completions v1. */
export type ChatCompletionsV1Response = z.output<typeof chatCompletionsV1ResponseSchema>;

/** Data of a v1 `token` event: a text delta plus running counts. */
export const chatCompletionsV1TokenEventSchema = z.looseObject({
  /** The delta. */
  message: z.looseObject({
    /** Always `assistant`. */
    role: z.optional(z.string()),
    /** Text delta. */
    content: z._default(z.string(), ''),
  }),
  /** Choice index (always 0). */
  index: z.optional(z.number()),
  /** Input tokens. */
  inputLength: z.optional(z.nullable(z.number())),
  /** Output tokens so far. */
  outputLength: z.optional(z.nullable(z.number())),
  /** `null` in token events. */
  stopReason: z.optional(z.nullable(stopReasonSchema)),
});

/** Data of a v1 `token` event. */
export type ChatCompletionsV1TokenEvent = z.output<typeof chatCompletionsV1TokenEventSchema>;

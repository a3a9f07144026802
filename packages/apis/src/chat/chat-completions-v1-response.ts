import * as z from 'zod/mini';
import { aiFilterSchema } from '../shared/ai-filter.ts';
import { lenientObject } from '../shared/named-schema.ts';
import { stopReasonSchema } from './normalize-stop-reason.ts';

const chatCompletionsV1ResponseObject = lenientObject({
  /** The generated message. */
  message: lenientObject({
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

/** `result` of Chat Completions v1 (and of a v1/v2 tuned task). */
export interface ChatCompletionsV1Response
  extends z.output<typeof chatCompletionsV1ResponseObject> {}

/** Schema of {@link ChatCompletionsV1Response} (unknown fields pass through at run time). */
export const chatCompletionsV1ResponseSchema: z.ZodMiniType<ChatCompletionsV1Response> =
  chatCompletionsV1ResponseObject;

const chatCompletionsV1TokenEventObject = lenientObject({
  /** The delta. */
  message: lenientObject({
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

/** Data of a v1 `token` event: a text delta plus running counts. */
export interface ChatCompletionsV1TokenEvent
  extends z.output<typeof chatCompletionsV1TokenEventObject> {}

/** Schema of {@link ChatCompletionsV1TokenEvent} (unknown fields pass through at run time). */
export const chatCompletionsV1TokenEventSchema: z.ZodMiniType<ChatCompletionsV1TokenEvent> =
  chatCompletionsV1TokenEventObject;

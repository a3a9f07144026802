import * as z from 'zod/mini';
import { defineEndpoint } from '../shared/endpoint.ts';
import { textMessageSchema } from '../shared/text-message.ts';

/** Parameters of the sliding window (`POST /v1/api-tools/sliding/chat-messages/{model}`). */
export const slidingWindowParamsSchema = z.object({
  /** Model id, e.g. `HCX-003`. */
  model: z.string().check(z.minLength(1)),
  /** Output tokens to leave room for, 0 < x ≤ 4096 (messages plus this must fit 4096). */
  maxTokens: z.int().check(z.gt(0), z.lte(4096)),
  /** The conversation to trim (text messages). */
  messages: z.array(textMessageSchema).check(z.minLength(1)),
});

/** Parameters of the sliding window. */
export type SlidingWindowParams = z.input<typeof slidingWindowParamsSchema>;

/** `result` of the sliding window: the messages that fit, oldest turns dropped. */
export const slidingWindowResponseSchema = z.looseObject({
  /** The trimmed conversation. */
  messages: z.array(z.looseObject({ role: z.string(), content: z.string() })),
});

/** `result` of the sliding window. */
export type SlidingWindowResponse = z.output<typeof slidingWindowResponseSchema>;

/** Sliding window: drops the oldest turns so the messages plus `maxTokens` fit the model. */
export const slideChatMessages = defineEndpoint(
  'POST /v1/api-tools/sliding/chat-messages/{model}',
  slidingWindowParamsSchema,
  slidingWindowResponseSchema,
);

import * as z from 'zod/mini';
import { defineEndpoint } from '../shared/endpoint.ts';
import { textMessageSchema } from '../shared/text-message.ts';

/** Parameters of the chat token calculator for v1 models (`POST /v1/api-tools/chat-tokenize/{model}`). */
export const chatTokenizeParamsSchema = z.object({
  /** Model id, e.g. `HCX-003`. */
  model: z.string().check(z.minLength(1)),
  /** The messages to count (text only). */
  messages: z.array(textMessageSchema).check(z.minLength(1)),
});

/** Parameters of the v1 chat token calculator. */
export type ChatTokenizeParams = z.input<typeof chatTokenizeParamsSchema>;

/** `result` of the v1 chat token calculator. */
export const chatTokenizeResponseSchema = z.looseObject({
  /** The messages, each with its token count. */
  messages: z.array(
    z.looseObject({
      /** The role. */
      role: z.string(),
      /** The text. */
      content: z.string(),
      /** Tokens in this message. */
      count: z.number(),
    }),
  ),
});

/** `result` of the v1 chat token calculator. */
export type ChatTokenizeResponse = z.output<typeof chatTokenizeResponseSchema>;

/** Token calculator (chat), for v1 models: tokens per message. */
export const tokenizeChat = defineEndpoint(
  'POST /v1/api-tools/chat-tokenize/{model}',
  chatTokenizeParamsSchema,
  chatTokenizeResponseSchema,
);

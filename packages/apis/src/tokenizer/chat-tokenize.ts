import * as z from 'zod/mini';
import { defineEndpoint } from '../shared/endpoint.ts';
import { lenientObject, type NamedInput, object } from '../shared/named-schema.ts';
import { textMessageSchema } from '../shared/text-message.ts';

const chatTokenizeParamsObject = object({
  /** Model id, e.g. `HCX-003`. */
  model: z.string().check(z.minLength(1)),
  /** The messages to count (text only). */
  messages: z.array(textMessageSchema).check(z.minLength(1)),
});

/** Parameters of the chat token calculator for v1 models (`POST /v1/api-tools/chat-tokenize/{model}`). */
export interface ChatTokenizeParams extends z.input<typeof chatTokenizeParamsObject> {}

/** Schema of {@link ChatTokenizeParams}. */
export const chatTokenizeParamsSchema: NamedInput<
  typeof chatTokenizeParamsObject,
  ChatTokenizeParams
> = chatTokenizeParamsObject;

const chatTokenizeResponseObject = lenientObject({
  /** The messages, each with its token count. */
  messages: z.array(
    lenientObject({
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
export interface ChatTokenizeResponse extends z.output<typeof chatTokenizeResponseObject> {}

/** Schema of {@link ChatTokenizeResponse} (unknown fields pass through at run time). */
export const chatTokenizeResponseSchema: z.ZodMiniType<ChatTokenizeResponse> =
  chatTokenizeResponseObject;

/** Token calculator (chat), for v1 models: tokens per message. */
export const tokenizeChat = defineEndpoint(
  'POST /v1/api-tools/chat-tokenize/{model}',
  chatTokenizeParamsSchema,
  chatTokenizeResponseSchema,
);

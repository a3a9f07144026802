import * as z from 'zod/mini';
import { chatMessageSchema } from '../chat/chat-message-v3.ts';
import { chatToolSchema, toolChoiceSchema } from '../chat/chat-tool.ts';
import { defineEndpoint } from '../shared/endpoint.ts';

/** Parameters of the v3 chat token calculator (`POST /v3/api-tools/chat-tokenize/{model}`). */
export const chatTokenizeV3ParamsSchema = z.object({
  /** Model id, e.g. `HCX-005`. */
  model: z.string().check(z.minLength(1)),
  /** The messages to count (as in Chat Completions v3, images and tool turns included). */
  messages: z.array(chatMessageSchema).check(z.minLength(1)),
  /** Tools to count. */
  tools: z.optional(z.array(chatToolSchema)),
  /** Tool choice. */
  toolChoice: z.optional(toolChoiceSchema),
  /** Structured-output format to count (`type` and `schema` optional here). */
  responseFormat: z.optional(
    z.object({
      /** `json`. */
      type: z.optional(z.literal('json')),
      /** The JSON Schema. */
      schema: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});

/** Parameters of the v3 chat token calculator. */
export type ChatTokenizeV3Params = z.input<typeof chatTokenizeV3ParamsSchema>;

/** One counted content part. */
const countedPartSchema = z.looseObject({
  /** `text` or `image_url`. */
  type: z.optional(z.string()),
  /** The text, for text parts. */
  text: z.optional(z.string()),
  /** Tokens in this part. */
  count: z.number(),
});

/** `result` of the v3 chat token calculator. `content` is always an array (a single object is wrapped). */
export const chatTokenizeV3ResponseSchema = z.looseObject({
  /** The messages, each with per-part counts. */
  messages: z.array(
    z.looseObject({
      /** The role. */
      role: z.string(),
      /** Counted parts. */
      content: z.pipe(
        z.union([z.array(countedPartSchema), countedPartSchema]),
        z.transform((c) => (Array.isArray(c) ? c : [c])),
      ),
    }),
  ),
  /** Tokens used by the whole tool list (when tools were sent). */
  tools: z.optional(z.looseObject({ count: z.number() })),
  /** Tokens used by the response format (when a schema was sent). */
  responseFormat: z.optional(z.looseObject({ count: z.number() })),
});

/** `result` of the v3 chat token calculator. */
export type ChatTokenizeV3Response = z.output<typeof chatTokenizeV3ResponseSchema>;

/** Token calculator (chat v3): tokens per message part, tools and response format. */
export const tokenizeChatV3 = defineEndpoint(
  'POST /v3/api-tools/chat-tokenize/{model}',
  chatTokenizeV3ParamsSchema,
  chatTokenizeV3ResponseSchema,
);

import * as z from 'zod/mini';
import { chatMessageSchema } from '../chat/chat-message-v3.ts';
import { chatToolSchema, toolChoiceSchema } from '../chat/chat-tool.ts';
import { defineEndpoint } from '../shared/endpoint.ts';
import { lenientObject, type NamedInput, object } from '../shared/named-schema.ts';

const chatTokenizeV3ParamsObject = object({
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
    object({
      /** `json`. */
      type: z.optional(z.literal('json')),
      /** The JSON Schema. */
      schema: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});

/** Parameters of the v3 chat token calculator (`POST /v3/api-tools/chat-tokenize/{model}`). */
export interface ChatTokenizeV3Params extends z.input<typeof chatTokenizeV3ParamsObject> {}

/** Schema of {@link ChatTokenizeV3Params}. */
export const chatTokenizeV3ParamsSchema: NamedInput<
  typeof chatTokenizeV3ParamsObject,
  ChatTokenizeV3Params
> = chatTokenizeV3ParamsObject;

/** One counted content part. */
const countedPartSchema = lenientObject({
  /** `text` or `image_url`. */
  type: z.optional(z.string()),
  /** The text, for text parts. */
  text: z.optional(z.string()),
  /** Tokens in this part. */
  count: z.number(),
});

const chatTokenizeV3ResponseObject = lenientObject({
  /** The messages, each with per-part counts. */
  messages: z.array(
    lenientObject({
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
  tools: z.optional(lenientObject({ count: z.number() })),
  /** Tokens used by the response format (when a schema was sent). */
  responseFormat: z.optional(lenientObject({ count: z.number() })),
});

/** `result` of the v3 chat token calculator. `content` is always an array (a single object is wrapped). */
export interface ChatTokenizeV3Response extends z.output<typeof chatTokenizeV3ResponseObject> {}

/** Schema of {@link ChatTokenizeV3Response} (unknown fields pass through at run time). */
export const chatTokenizeV3ResponseSchema: z.ZodMiniType<ChatTokenizeV3Response> =
  chatTokenizeV3ResponseObject;

/** Token calculator (chat v3): tokens per message part, tools and response format. */
export const tokenizeChatV3 = defineEndpoint(
  'POST /v3/api-tools/chat-tokenize/{model}',
  chatTokenizeV3ParamsSchema,
  chatTokenizeV3ResponseSchema,
);

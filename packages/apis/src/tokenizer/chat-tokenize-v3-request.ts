import * as z from 'zod/mini';
import { chatMessageSchema } from '../chat/chat-message-v3.ts';
import { chatToolSchema, toolChoiceSchema } from '../chat/chat-tool.ts';
import { type NamedInput, object } from '../shared/named-schema.ts';

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

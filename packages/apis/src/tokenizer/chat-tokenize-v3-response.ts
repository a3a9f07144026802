import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

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

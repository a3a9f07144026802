import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

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

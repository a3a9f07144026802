import * as z from 'zod/mini';
import { type NamedInput, object } from './named-schema.ts';

const textMessageObject = object({
  /** `system` (instructions), `user` or `assistant`. */
  role: z.enum(['system', 'user', 'assistant']),
  /** The message text. */
  content: z.string(),
});

/** A role-and-text message, as used by v1 chat, the v1 chat tokenizer and the sliding window. */
export interface TextMessage extends z.input<typeof textMessageObject> {}

/** Schema of {@link TextMessage}. */
export const textMessageSchema: NamedInput<typeof textMessageObject, TextMessage> =
  textMessageObject;

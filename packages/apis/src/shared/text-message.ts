import * as z from 'zod/mini';

/** A role-and-text message, as used by v1 chat, the v1 chat tokenizer and the sliding window. */
export const textMessageSchema = z.object({
  /** `system` (instructions), `user` or `assistant`. */
  role: z.enum(['system', 'user', 'assistant']),
  /** The message text. */
  content: z.string(),
});

/** A role-and-text message (see {@link textMessageSchema}). */
export type TextMessage = z.infer<typeof textMessageSchema>;

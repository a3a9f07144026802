import * as z from 'zod/mini';
import { chatUsageSchema, toolCallSchema } from '../chat/chat-completions-v3-response.ts';

/** `result` of RAG Reasoning (loose: unknown fields pass through). */
export const ragReasoningResponseSchema = z.looseObject({
  /** The assistant turn. */
  message: z.looseObject({
    /** `assistant`. */
    role: z.string(),
    /** The answer, with citations as `<docId>…</docId>` tags; `""` when the model requests a tool. */
    content: z.string(),
    /** The model's reasoning trace (when present). */
    thinkingContent: z.optional(z.string()),
    /** Tool calls the caller should run, then answer with `tool` messages. */
    toolCalls: z.optional(z.array(toolCallSchema)),
  }),
  /** Token usage. */
  usage: z.optional(chatUsageSchema),
});

/** `result` of RAG Reasoning. */
export type RagReasoningResponse = z.infer<typeof ragReasoningResponseSchema>;

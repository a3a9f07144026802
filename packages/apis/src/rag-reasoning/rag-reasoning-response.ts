import * as z from 'zod/mini';
import { chatUsageSchema, toolCallSchema } from '../chat/chat-completions-v3-response.ts';
import { lenientObject } from '../shared/named-schema.ts';

const ragReasoningResponseObject = lenientObject({
  /** The assistant turn. */
  message: lenientObject({
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
export interface RagReasoningResponse extends z.output<typeof ragReasoningResponseObject> {}

/** Schema of {@link RagReasoningResponse} (unknown fields pass through at run time). */
export const ragReasoningResponseSchema: z.ZodMiniType<RagReasoningResponse> =
  ragReasoningResponseObject;

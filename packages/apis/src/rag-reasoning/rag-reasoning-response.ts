import * as z from 'zod/mini';
import { toolArgumentsSchema } from '../shared/normalize-tool-arguments';
import { toolUsageSchema } from '../shared/tool-usage';

/** A tool call requested by the model (loose). */
export const ragReasoningResponseToolCallSchema = z.looseObject({
  /** Id to answer with a `tool` message (`toolCallId`). */
  id: z.string(),
  /** `function`. */
  type: z.optional(z.string()),
  /** The function to run. */
  function: z.looseObject({
    /** Function name. */
    name: z.string(),
    /** Arguments as an object (a JSON string is tolerated and parsed). */
    arguments: toolArgumentsSchema,
  }),
});

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
    toolCalls: z.optional(z.array(ragReasoningResponseToolCallSchema)),
  }),
  /** Token usage. */
  usage: z.optional(toolUsageSchema),
});

/** `result` of RAG Reasoning. */
export type RagReasoningResponse = z.infer<typeof ragReasoningResponseSchema>;

import * as z from 'zod/mini';
import { requestToolCallSchema } from '../chat/chat-message-v3.ts';
import { toolChoiceSchema } from '../chat/chat-tool.ts';
import { functionTypeSchema } from '../shared/function-type.ts';
import { type NamedInput, object } from '../shared/named-schema.ts';
import { seedSchema, topKSchema, topPSchema } from '../shared/ranges.ts';

const ragReasoningMessageObject = object({
  /** `system`, `user`, `assistant` or `tool` (a search result answering a tool call). */
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  /**
   * Text of the turn: `""` for an assistant turn that only carries `toolCalls`; for `tool`, a JSON string
   * `{"search_result":[{"id":"…","doc":"…"}]}` with the documents the answer may cite.
   */
  content: z.string(),
  /** Tool calls of an assistant turn, echoed back as the model returned them. */
  toolCalls: z.optional(z.array(requestToolCallSchema)),
  /** Required when `role` is `tool`: the `id` of the tool call this message answers. */
  toolCallId: z.optional(z.string()),
}).check(
  z.refine((m) => m.role !== 'tool' || (m.toolCallId !== undefined && m.toolCallId !== ''), {
    path: ['toolCallId'],
    message: 'is required when role is "tool"',
  }),
);

/** One message of a RAG Reasoning conversation. */
export interface RagReasoningMessage extends z.input<typeof ragReasoningMessageObject> {}

/** Schema of {@link RagReasoningMessage}. */
export const ragReasoningMessageSchema: NamedInput<
  typeof ragReasoningMessageObject,
  RagReasoningMessage
> = ragReasoningMessageObject;

const ragReasoningToolObject = object({
  /** Always `function`. */
  type: functionTypeSchema,
  /** The function definition. */
  function: object({
    /** Function name. */
    name: z.string().check(z.minLength(1, 'must not be empty')),
    /** What the function does and when to call it. */
    description: z.string(),
    /** JSON Schema of the arguments (`type`, `properties`, `required`). */
    parameters: z.record(z.string(), z.unknown()),
  }),
});

/** A function the model may ask the caller to run (typically a search). */
export interface RagReasoningTool extends z.input<typeof ragReasoningToolObject> {}

/** Schema of {@link RagReasoningTool}. */
export const ragReasoningToolSchema: NamedInput<typeof ragReasoningToolObject, RagReasoningTool> =
  ragReasoningToolObject;

const ragReasoningParamsObject = object({
  /** The conversation, including assistant tool calls and `tool` search results. */
  messages: z.array(ragReasoningMessageSchema).check(z.minLength(1, 'must not be empty')),
  /** Function definitions the model may call (required). */
  tools: z.array(ragReasoningToolSchema),
  /** `auto`, `none` or `{ type: 'function', function: { name } }` to force one tool. */
  toolChoice: z.optional(toolChoiceSchema),
  /** Nucleus sampling: 0 < x ≤ 1, default 0.8. */
  topP: z.optional(topPSchema),
  /** Top-k sampling: 0 to 128, default 0. */
  topK: z.optional(topKSchema),
  /** Maximum tokens to generate: below 4,096 (the Korean reference also says at least 1,024), default 1,024. */
  maxTokens: z.optional(z.int().check(z.gte(1), z.lt(4_096))),
  /** Sampling temperature: 0 < x ≤ 1, default 0.5. */
  temperature: z.optional(z.number().check(z.gt(0), z.lte(1))),
  /** Repetition penalty: 0 < x ≤ 2, default 1.1. */
  repetitionPenalty: z.optional(z.number().check(z.gt(0), z.lte(2))),
  /** Strings that stop generation. Default `[]`. */
  stop: z.optional(z.array(z.string())),
  /** `0` (default) picks a random seed; 1 to 4,294,967,295 fixes it for reproducible output. */
  seed: z.optional(seedSchema),
  /** Whether to apply the AI filter (default `true` per the Korean reference). */
  includeAiFilters: z.optional(z.boolean()),
});

/** Parameters of RAG Reasoning (`POST /v1/api-tools/rag-reasoning`). Input is limited to 128,000 tokens. */
export interface RagReasoningParams extends z.input<typeof ragReasoningParamsObject> {}

/** Schema of {@link RagReasoningParams}. */
export const ragReasoningParamsSchema: NamedInput<
  typeof ragReasoningParamsObject,
  RagReasoningParams
> = ragReasoningParamsObject;

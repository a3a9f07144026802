import * as z from 'zod/mini';
import { aiFilterSchema } from '../shared/ai-filter.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { toolArgumentsSchema } from '../shared/normalize-tool-arguments.ts';

/** A tool call made by the model. */
export const toolCallSchema = z.looseObject({
  /** Call id (`call_…`); answer it with a `tool` message carrying this `toolCallId`. */
  id: z.string(),
  /** Always `function`. */
  type: z._default(z.string(), 'function'),
  /** The function called. */
  function: z.looseObject({
    /** Function name. */
    name: z.string(),
    /** Arguments as an object (a JSON string from the service is parsed). */
    arguments: toolArgumentsSchema,
  }),
});

/** A tool call made by the model (arguments normalised to an object). */
export type ToolCall = z.output<typeof toolCallSchema>;

/** The assistant's message in a result. */
export const chatCompletionMessageSchema = z.looseObject({
  /** Always `assistant`. */
  role: z._default(z.string(), 'assistant'),
  /** The answer (`""` when the model calls tools; a JSON string with structured outputs). */
  content: z._default(z.string(), ''),
  /** The model's reasoning (HCX-007 with thinking). May echo the system prompt: don't show it unprocessed. */
  thinkingContent: z.optional(z.string()),
  /** Tool calls, when `finishReason` is `tool_calls`. */
  toolCalls: z.optional(z.array(toolCallSchema)),
});

/** The assistant's message in a result. */
export type ChatCompletionMessage = z.output<typeof chatCompletionMessageSchema>;

/** Token usage of chat and of the LLM-backed tools (reranker, RAG Reasoning, router). */
export const chatUsageSchema = z.looseObject({
  /** Input tokens. */
  promptTokens: z.number(),
  /** Output tokens, thinking included. */
  completionTokens: z.number(),
  /** Input plus output tokens. */
  totalTokens: z.number(),
  /** Breakdown of the output tokens. */
  completionTokensDetails: z.optional(
    z.nullable(
      z.looseObject({
        /** Reasoning tokens (HCX-007 thinking). */
        thinkingTokens: z.optional(z.number()),
      }),
    ),
  ),
});

/** Token usage. */
export type ChatUsage = z.output<typeof chatUsageSchema>;

/** Why generation stopped: `stop` (natural end or a stop string), `length` (token cap), `tool_calls`. */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | (string & {});

/** `result` of Chat Completions v3 (also the normalised shape of every `chat.create` response). */
export const chatCompletionsV3ResponseSchema = z.looseObject({
  /** The generated message. */
  message: chatCompletionMessageSchema,
  /** Why generation stopped: `stop`, `length` or `tool_calls` (see {@link FinishReason}). */
  finishReason: z.optional(z.nullable(z.string())),
  /** When the answer was created (the service's seconds or milliseconds, as a `Date`). */
  created: z.optional(createdSchema),
  /** The seed used (random when the request gave none or 0). */
  seed: z.optional(z.number()),
  /** Token usage. */
  usage: z.optional(z.nullable(chatUsageSchema)),
  /** Content-filter scores (with `includeAiFilters: true`). */
  aiFilter: z.optional(z.array(aiFilterSchema)),
});

/** A chat completion result (see {@link chatCompletionsV3ResponseSchema}). */
export type ChatCompletion = z.output<typeof chatCompletionsV3ResponseSchema>;

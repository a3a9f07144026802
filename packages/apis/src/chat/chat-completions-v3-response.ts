import * as z from 'zod/mini';
import { aiFilterSchema } from '../shared/ai-filter.ts';
import { lenientLiteral, lenientObject } from '../shared/named-schema.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { toolArgumentsSchema } from '../shared/normalize-tool-arguments.ts';

const toolCallObject = lenientObject({
  /** Call id (`call_…`); answer it with a `tool` message carrying this `toolCallId`. */
  id: z.string(),
  /** Always `function`. */
  type: z._default(lenientLiteral<'function'>(), 'function'),
  /** The function called. */
  function: lenientObject({
    /** Function name. */
    name: z.string(),
    /** Arguments as an object (a JSON string from the service is parsed). */
    arguments: toolArgumentsSchema,
  }),
});

/** A tool call made by the model (arguments normalised to an object). */
export interface ToolCall extends z.output<typeof toolCallObject> {}

/** Schema of a {@link ToolCall} (unknown fields pass through at run time). */
export const toolCallSchema: z.ZodMiniType<ToolCall> = toolCallObject;

const chatCompletionMessageObject = lenientObject({
  /** Always `assistant`. */
  role: z._default(lenientLiteral<'assistant'>(), 'assistant'),
  /** The answer (`""` when the model calls tools; a JSON string with structured outputs). */
  content: z._default(z.string(), ''),
  /** The model's reasoning (HCX-007 with thinking). May echo the system prompt: don't show it unprocessed. */
  thinkingContent: z.optional(z.string()),
  /** Tool calls, when `finishReason` is `tool_calls`. */
  toolCalls: z.optional(z.array(toolCallSchema)),
});

/** The assistant's message in a result. */
export interface ChatCompletionMessage extends z.output<typeof chatCompletionMessageObject> {}

/** Schema of a {@link ChatCompletionMessage} (unknown fields pass through at run time). */
export const chatCompletionMessageSchema: z.ZodMiniType<ChatCompletionMessage> =
  chatCompletionMessageObject;

const chatUsageObject = lenientObject({
  /** Input tokens. */
  promptTokens: z.number(),
  /** Output tokens, thinking included. */
  completionTokens: z.number(),
  /** Input plus output tokens. */
  totalTokens: z.number(),
  /** Breakdown of the output tokens. */
  completionTokensDetails: z.optional(
    z.nullable(
      lenientObject({
        /** Reasoning tokens (HCX-007 thinking). */
        thinkingTokens: z.optional(z.number()),
      }),
    ),
  ),
});

/** Token usage of chat and of the LLM-backed tools (reranker, RAG Reasoning, router). */
export interface ChatUsage extends z.output<typeof chatUsageObject> {}

/** Schema of {@link ChatUsage} (unknown fields pass through at run time). */
export const chatUsageSchema: z.ZodMiniType<ChatUsage> = chatUsageObject;

/**
 * Why generation stopped: `stop` (natural end or a stop string), `length` (token cap),
 * `tool_calls`. Typed as these three; another string the service may add later is passed on.
 */
export type FinishReason = 'stop' | 'length' | 'tool_calls';

/** Schema of a {@link FinishReason}. */
export const finishReasonSchema = lenientLiteral<FinishReason>();

const chatCompletionObject = lenientObject({
  /** The generated message. */
  message: chatCompletionMessageSchema,
  /** Why generation stopped: `stop`, `length` or `tool_calls` (`null` or absent if the service omits it). */
  finishReason: z.optional(z.nullable(finishReasonSchema)),
  /** When the answer was created (the service's seconds or milliseconds, as a `Date`); v3 always sends it, v1 models do not. */
  created: z.optional(createdSchema),
  /** The seed used (random when the request gave none or 0). */
  seed: z.optional(z.number()),
  /** Token usage. */
  usage: z.optional(z.nullable(chatUsageSchema)),
  /** Content-filter scores (with `includeAiFilters: true`). */
  aiFilter: z.optional(z.array(aiFilterSchema)),
});

/** A chat completion: the `result` of Chat Completions v3, and the shape every `chat.create` returns. */
export interface ChatCompletion extends z.output<typeof chatCompletionObject> {}

/** Schema of a {@link ChatCompletion} (unknown fields pass through at run time). */
export const chatCompletionsV3ResponseSchema: z.ZodMiniType<ChatCompletion> = chatCompletionObject;

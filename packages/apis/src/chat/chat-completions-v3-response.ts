import * as z from 'zod/mini';
import { type AIFilter, aiFilterSchema } from '../shared/ai-filter.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { type ToolArguments, toolArgumentsSchema } from '../shared/normalize-tool-arguments.ts';
import { typedSchema } from '../shared/typed-schema.ts';

/** A tool call made by the model (arguments normalised to an object). */
export interface ToolCall {
  /** Call id (`call_…`); answer it with a `tool` message carrying this `toolCallId`. */
  id: string;
  /** Always `function`. */
  type: 'function';
  /** The function called. */
  function: {
    /** Function name. */
    name: string;
    /** Arguments as an object (a JSON string from the service is parsed). */
    arguments: ToolArguments;
  };
}

/** Schema of a {@link ToolCall}. */
export const toolCallSchema = typedSchema<ToolCall>()(
  z.looseObject({
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
  }),
);

/** The assistant's message in a result. */
export interface ChatCompletionMessage {
  /** Always `assistant`. */
  role: 'assistant';
  /** The answer (`""` when the model calls tools; a JSON string with structured outputs). */
  content: string;
  /** The model's reasoning (HCX-007 with thinking). May echo the system prompt: don't show it unprocessed. */
  thinkingContent?: string | undefined;
  /** Tool calls, when `finishReason` is `tool_calls`. */
  toolCalls?: ToolCall[] | undefined;
}

/** Schema of a {@link ChatCompletionMessage}. */
export const chatCompletionMessageSchema = typedSchema<ChatCompletionMessage>()(
  z.looseObject({
    /** Always `assistant`. */
    role: z._default(z.string(), 'assistant'),
    /** The answer (`""` when the model calls tools; a JSON string with structured outputs). */
    content: z._default(z.string(), ''),
    /** The model's reasoning (HCX-007 with thinking). May echo the system prompt: don't show it unprocessed. */
    thinkingContent: z.optional(z.string()),
    /** Tool calls, when `finishReason` is `tool_calls`. */
    toolCalls: z.optional(z.array(toolCallSchema)),
  }),
);

/** Token usage of chat and of the LLM-backed tools (reranker, RAG Reasoning, router). */
export interface ChatUsage {
  /** Input tokens. */
  promptTokens: number;
  /** Output tokens, thinking included. */
  completionTokens: number;
  /** Input plus output tokens. */
  totalTokens: number;
  /** Breakdown of the output tokens. */
  completionTokensDetails?:
    | {
        /** Reasoning tokens (HCX-007 thinking). */
        thinkingTokens?: number | undefined;
      }
    | null
    | undefined;
}

/** Schema of {@link ChatUsage}. */
export const chatUsageSchema = typedSchema<ChatUsage>()(
  z.looseObject({
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
  }),
);

/** Why generation stopped: `stop` (natural end or a stop string), `length` (token cap), `tool_calls`. */
export type FinishReason = 'stop' | 'length' | 'tool_calls';

/** A chat completion: the `result` of Chat Completions v3, and the shape every `chat.create` returns. */
export interface ChatCompletion {
  /** The generated message. */
  message: ChatCompletionMessage;
  /** Why generation stopped: `stop`, `length` or `tool_calls` (`null` or absent if the service omits it). */
  finishReason?: FinishReason | null | undefined;
  /** When the answer was created (the service's seconds or milliseconds, as a `Date`); v3 always sends it, v1 models do not. */
  created?: Date | undefined;
  /** The seed used (random when the request gave none or 0). */
  seed?: number | undefined;
  /** Token usage. */
  usage?: ChatUsage | null | undefined;
  /** Content-filter scores (with `includeAiFilters: true`). */
  aiFilter?: AIFilter[] | undefined;
}

/** Schema of a {@link ChatCompletion} (unknown fields pass through at run time). */
export const chatCompletionsV3ResponseSchema = typedSchema<ChatCompletion>()(
  z.looseObject({
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
  }),
);

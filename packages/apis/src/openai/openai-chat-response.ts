import * as z from 'zod/mini';
import type { FinishReason } from '../chat/chat-completions-v3-response.ts';
import type { ToolCallDelta } from '../chat/chat-completions-v3-stream-event.ts';
import { toolCallDeltaSchema } from '../chat/chat-completions-v3-stream-event.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { type ToolArguments, toolArgumentsSchema } from '../shared/normalize-tool-arguments.ts';
import { typedSchema } from '../shared/typed-schema.ts';

/** Token usage in OpenAI's format. */
export interface OpenAIUsage {
  /** Input tokens. */
  prompt_tokens: number;
  /** Output tokens. */
  completion_tokens: number;
  /** Sum. */
  total_tokens: number;
  /** Breakdown of the output tokens. */
  completion_tokens_details?:
    | {
        /** Reasoning tokens (HCX-007). The field name is not documented by CLOVA Studio. */
        reasoning_tokens?: number | undefined;
      }
    | null
    | undefined;
}

/** Schema of {@link OpenAIUsage}. */
export const openAIUsageSchema = typedSchema<OpenAIUsage>()(
  z.looseObject({
    /** Input tokens. */
    prompt_tokens: z.number(),
    /** Output tokens. */
    completion_tokens: z.number(),
    /** Sum. */
    total_tokens: z.number(),
    /** Breakdown of the output tokens. */
    completion_tokens_details: z.optional(
      z.nullable(
        z.looseObject({
          /** Reasoning tokens (HCX-007). The field name is not documented by CLOVA Studio. */
          reasoning_tokens: z.optional(z.number()),
        }),
      ),
    ),
  }),
);

/** A tool call in an OpenAI-layer answer (arguments normalised to an object). */
export interface OpenAIToolCall {
  /** Call id. */
  id: string;
  /** Always `function`. */
  type: 'function';
  /** The function called. */
  function: {
    /** Function name. */
    name: string;
    /** Arguments, parsed into an object whether sent as a JSON string or an object. */
    arguments: ToolArguments;
  };
}

/** Schema of an {@link OpenAIToolCall}. */
export const openAIToolCallSchema = typedSchema<OpenAIToolCall>()(
  z.looseObject({
    /** Call id. */
    id: z.string(),
    /** Always `function`. */
    type: z._default(z.string(), 'function'),
    /** The function called. */
    function: z.looseObject({
      /** Function name. */
      name: z.string(),
      /** Arguments, parsed into an object whether sent as a JSON string or an object. */
      arguments: toolArgumentsSchema,
    }),
  }),
);

/** Response of the OpenAI-compatible chat endpoint (`POST /v1/openai/chat/completions`). */
export interface OpenAIChatCompletion {
  /** Completion id. */
  id?: string | undefined;
  /** `chat.completion`. */
  object?: string | undefined;
  /** Creation time (seconds or milliseconds, as a `Date`). */
  created?: Date | undefined;
  /** Model used. */
  model?: string | undefined;
  /** The answers (one). */
  choices: {
    /** Choice index. */
    index: number;
    /** The message. */
    message: {
      /** `assistant`. */
      role: 'assistant';
      /** Answer text (`null` with tool calls). */
      content?: string | null | undefined;
      /** Reasoning text (HCX-007). */
      thinking_content?: string | null | undefined;
      /** Tool calls. */
      tool_calls?: OpenAIToolCall[] | null | undefined;
    };
    /** `stop`, `length`, `tool_calls`. */
    finish_reason?: FinishReason | null | undefined;
  }[];
  /** Token usage. */
  usage?: OpenAIUsage | null | undefined;
}

/** Schema of an {@link OpenAIChatCompletion} (unknown fields pass through at run time). */
export const openAIChatCompletionSchema = typedSchema<OpenAIChatCompletion>()(
  z.looseObject({
    /** Completion id. */
    id: z.optional(z.string()),
    /** `chat.completion`. */
    object: z.optional(z.string()),
    /** Creation time (seconds or milliseconds, as a `Date`). */
    created: z.optional(createdSchema),
    /** Model used. */
    model: z.optional(z.string()),
    /** The answers (one). */
    choices: z.array(
      z.looseObject({
        /** Choice index. */
        index: z._default(z.number(), 0),
        /** The message. */
        message: z.looseObject({
          /** `assistant`. */
          role: z._default(z.string(), 'assistant'),
          /** Answer text (`null` with tool calls). */
          content: z.optional(z.nullable(z.string())),
          /** Reasoning text (HCX-007). */
          thinking_content: z.optional(z.nullable(z.string())),
          /** Tool calls. */
          tool_calls: z.optional(z.nullable(z.array(openAIToolCallSchema))),
        }),
        /** `stop`, `length`, `tool_calls`. */
        finish_reason: z.optional(z.nullable(z.string())),
      }),
    ),
    /** Token usage. */
    usage: z.optional(z.nullable(openAIUsageSchema)),
  }),
);

/** One chunk of an OpenAI-compatible chat stream. */
export interface OpenAIChatCompletionChunk {
  /** Completion id. */
  id?: string | undefined;
  /** `chat.completion.chunk`. */
  object?: string | undefined;
  /** Creation time, as a `Date`. */
  created?: Date | undefined;
  /** Model used. */
  model?: string | undefined;
  /** Deltas (usually one). */
  choices: {
    /** Choice index. */
    index: number;
    /** The delta. */
    delta: {
      /** `assistant` on the first chunk. */
      role?: string | null | undefined;
      /** Text delta. */
      content?: string | null | undefined;
      /** Reasoning delta (HCX-007). */
      thinking_content?: string | null | undefined;
      /** Tool-call deltas (`index`, then `id`/`name`, then `arguments` fragments). */
      tool_calls?: ToolCallDelta[] | null | undefined;
    };
    /** Set on the last chunk. */
    finish_reason?: FinishReason | null | undefined;
  }[];
  /** Token usage (on the last chunk, if sent). */
  usage?: OpenAIUsage | null | undefined;
}

/** Schema of an {@link OpenAIChatCompletionChunk}. */
export const openAIChatCompletionChunkSchema = typedSchema<OpenAIChatCompletionChunk>()(
  z.looseObject({
    /** Completion id. */
    id: z.optional(z.string()),
    /** `chat.completion.chunk`. */
    object: z.optional(z.string()),
    /** Creation time, as a `Date`. */
    created: z.optional(createdSchema),
    /** Model used. */
    model: z.optional(z.string()),
    /** Deltas (usually one). */
    choices: z._default(
      z.array(
        z.looseObject({
          /** Choice index. */
          index: z._default(z.number(), 0),
          /** The delta. */
          delta: z._default(
            z.looseObject({
              /** `assistant` on the first chunk. */
              role: z.optional(z.nullable(z.string())),
              /** Text delta. */
              content: z.optional(z.nullable(z.string())),
              /** Reasoning delta (HCX-007). */
              thinking_content: z.optional(z.nullable(z.string())),
              /**
               * Tool-call deltas (`index`, then `id`/`name`, then `arguments` fragments; an `arguments`
               * object is accepted too).
               */
              tool_calls: z.optional(z.nullable(z.array(toolCallDeltaSchema))),
            }),
            {},
          ),
          /** Set on the last chunk. */
          finish_reason: z.optional(z.nullable(z.string())),
        }),
      ),
      [],
    ),
    /** Token usage (on the last chunk, if sent). */
    usage: z.optional(z.nullable(openAIUsageSchema)),
  }),
);

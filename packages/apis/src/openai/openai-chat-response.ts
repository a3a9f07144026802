import * as z from 'zod/mini';
import { toolCallDeltaSchema } from '../chat/chat-completions-v3-stream-event.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { toolArgumentsSchema } from '../shared/normalize-tool-arguments.ts';

/** Token usage in OpenAI's format. */
export const openAIUsageSchema = z.looseObject({
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
});

/** Token usage in OpenAI's format. */
export type OpenAIUsage = z.output<typeof openAIUsageSchema>;

/** A tool call in an OpenAI-layer answer (arguments normalised to an object). */
export const openAIToolCallSchema = z.looseObject({
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
});

/** Response of `POST /v1/openai/chat/completions`. */
export const openAIChatCompletionSchema = z.looseObject({
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
});

/** Response of the OpenAI-compatible chat endpoint. */
export type OpenAIChatCompletion = z.output<typeof openAIChatCompletionSchema>;

/** One chunk of an OpenAI-compatible chat stream. */
export const openAIChatCompletionChunkSchema = z.looseObject({
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
});

/** One chunk of an OpenAI-compatible chat stream. */
export type OpenAIChatCompletionChunk = z.output<typeof openAIChatCompletionChunkSchema>;

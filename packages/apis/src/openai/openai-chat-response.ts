import * as z from 'zod/mini';
import { finishReasonSchema } from '../chat/chat-completions-v3-response.ts';
import { toolCallDeltaSchema } from '../chat/chat-completions-v3-stream-event.ts';
import { lenientLiteral, lenientObject } from '../shared/named-schema.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { toolArgumentsSchema } from '../shared/normalize-tool-arguments.ts';

const openAIUsageObject = lenientObject({
  /** Input tokens. */
  prompt_tokens: z.number(),
  /** Output tokens. */
  completion_tokens: z.number(),
  /** Sum. */
  total_tokens: z.number(),
  /** Breakdown of the output tokens. */
  completion_tokens_details: z.optional(
    z.nullable(
      lenientObject({
        /** Reasoning tokens (HCX-007). The field name is not documented by CLOVA Studio. */
        reasoning_tokens: z.optional(z.number()),
      }),
    ),
  ),
});

/** Token usage in OpenAI's format. */
export interface OpenAIUsage extends z.output<typeof openAIUsageObject> {}

/** Schema of {@link OpenAIUsage} (unknown fields pass through at run time). */
export const openAIUsageSchema: z.ZodMiniType<OpenAIUsage> = openAIUsageObject;

const openAIToolCallObject = lenientObject({
  /** Call id. */
  id: z.string(),
  /** Always `function`. */
  type: z._default(lenientLiteral<'function'>(), 'function'),
  /** The function called. */
  function: lenientObject({
    /** Function name. */
    name: z.string(),
    /** Arguments, parsed into an object whether sent as a JSON string or an object. */
    arguments: toolArgumentsSchema,
  }),
});

/** A tool call in an OpenAI-layer answer (arguments normalised to an object). */
export interface OpenAIToolCall extends z.output<typeof openAIToolCallObject> {}

/** Schema of an {@link OpenAIToolCall} (unknown fields pass through at run time). */
export const openAIToolCallSchema: z.ZodMiniType<OpenAIToolCall> = openAIToolCallObject;

const openAIChatCompletionObject = lenientObject({
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
    lenientObject({
      /** Choice index. */
      index: z._default(z.number(), 0),
      /** The message. */
      message: lenientObject({
        /** `assistant`. */
        role: z._default(lenientLiteral<'assistant'>(), 'assistant'),
        /** Answer text (`null` with tool calls). */
        content: z.optional(z.nullable(z.string())),
        /** Reasoning text (HCX-007). */
        thinking_content: z.optional(z.nullable(z.string())),
        /** Tool calls. */
        tool_calls: z.optional(z.nullable(z.array(openAIToolCallSchema))),
      }),
      /** `stop`, `length`, `tool_calls`. */
      finish_reason: z.optional(z.nullable(finishReasonSchema)),
    }),
  ),
  /** Token usage. */
  usage: z.optional(z.nullable(openAIUsageSchema)),
});

/** Response of the OpenAI-compatible chat endpoint (`POST /v1/openai/chat/completions`). */
export interface OpenAIChatCompletion extends z.output<typeof openAIChatCompletionObject> {}

/** Schema of an {@link OpenAIChatCompletion} (unknown fields pass through at run time). */
export const openAIChatCompletionSchema: z.ZodMiniType<OpenAIChatCompletion> =
  openAIChatCompletionObject;

const openAIChatCompletionChunkObject = lenientObject({
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
      lenientObject({
        /** Choice index. */
        index: z._default(z.number(), 0),
        /** The delta. */
        delta: z._default(
          lenientObject({
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
        finish_reason: z.optional(z.nullable(finishReasonSchema)),
      }),
    ),
    [],
  ),
  /** Token usage (on the last chunk, if sent). */
  usage: z.optional(z.nullable(openAIUsageSchema)),
});

/** One chunk of an OpenAI-compatible chat stream. */
export interface OpenAIChatCompletionChunk
  extends z.output<typeof openAIChatCompletionChunkObject> {}

/** Schema of an {@link OpenAIChatCompletionChunk} (unknown fields pass through at run time). */
export const openAIChatCompletionChunkSchema: z.ZodMiniType<OpenAIChatCompletionChunk> =
  openAIChatCompletionChunkObject;

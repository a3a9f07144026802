import * as z from 'zod/mini';
import { createdSchema } from '../shared/normalize-created.ts';
import { typedSchema } from '../shared/typed-schema.ts';
import {
  type ChatUsage,
  chatUsageSchema,
  type FinishReason,
} from './chat-completions-v3-response.ts';

/**
 * A tool-call delta in a v3 `token` event: the first carries `id` and `function.name`, later
 * ones carry `function.partialJson` fragments of the arguments' JSON text.
 */
export interface ToolCallDelta {
  /** Position, when the service sends one (v3 doesn't; the OpenAI layer does). */
  index?: number | undefined;
  /** Call id, on the first delta of a call. */
  id?: string | undefined;
  /** Always `function`. */
  type?: string | undefined;
  /** The function delta. */
  function?:
    | {
        /** Function name, on the first delta of a call. */
        name?: string | undefined;
        /** A fragment of the arguments' JSON text. */
        partialJson?: string | undefined;
        /** Arguments: a JSON text fragment (the OpenAI layer's `partialJson`) or a whole object. */
        arguments?: unknown;
      }
    | undefined;
}

/** Schema of a {@link ToolCallDelta}. */
export const toolCallDeltaSchema = typedSchema<ToolCallDelta>()(
  z.looseObject({
    /** Position, when the service sends one (v3 doesn't; the OpenAI layer does). */
    index: z.optional(z.number()),
    /** Call id, on the first delta of a call. */
    id: z.optional(z.string()),
    /** Always `function`. */
    type: z.optional(z.string()),
    /** The function delta. */
    function: z.optional(
      z.looseObject({
        /** Function name, on the first delta of a call. */
        name: z.optional(z.string()),
        /** A fragment of the arguments' JSON text. */
        partialJson: z.optional(z.string()),
        /** Arguments: a JSON text fragment (the OpenAI layer's `partialJson`) or a whole object. */
        arguments: z.optional(z.unknown()),
      }),
    ),
  }),
);

/** Data of a v3 `token` event: incremental deltas. */
export interface ChatCompletionsV3TokenEvent {
  /** The delta. */
  message: {
    /** Always `assistant`. */
    role?: string | undefined;
    /** Text delta. */
    content?: string | null | undefined;
    /** Reasoning delta (HCX-007), sent in its own events. */
    thinkingContent?: string | null | undefined;
    /** Tool-call deltas. */
    toolCalls?: ToolCallDelta[] | null | undefined;
  };
  /** `null` in token events. */
  finishReason?: FinishReason | null | undefined;
  /** Creation time. */
  created?: Date | undefined;
  /** The seed used. */
  seed?: number | undefined;
  /** `null` in token events. */
  usage?: ChatUsage | null | undefined;
}

/** Schema of a {@link ChatCompletionsV3TokenEvent} (unknown fields pass through at run time). */
export const chatCompletionsV3TokenEventSchema = typedSchema<ChatCompletionsV3TokenEvent>()(
  z.looseObject({
    /** The delta. */
    message: z.looseObject({
      /** Always `assistant`. */
      role: z.optional(z.string()),
      /** Text delta. */
      content: z.optional(z.nullable(z.string())),
      /** Reasoning delta (HCX-007), sent in its own events. */
      thinkingContent: z.optional(z.nullable(z.string())),
      /** Tool-call deltas. */
      toolCalls: z.optional(z.nullable(z.array(toolCallDeltaSchema))),
    }),
    /** `null` in token events. */
    finishReason: z.optional(z.nullable(z.string())),
    /** Creation time. */
    created: z.optional(createdSchema),
    /** The seed used. */
    seed: z.optional(z.number()),
    /** `null` in token events. */
    usage: z.optional(z.nullable(chatUsageSchema)),
  }),
);

import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';
import { createdSchema } from '../shared/normalize-created.ts';
import { chatUsageSchema, finishReasonSchema } from './chat-completions-v3-response.ts';

const toolCallDeltaObject = lenientObject({
  /** Position, when the service sends one (v3 doesn't; the OpenAI layer does). */
  index: z.optional(z.number()),
  /** Call id, on the first delta of a call. */
  id: z.optional(z.string()),
  /** Always `function`. */
  type: z.optional(z.string()),
  /** The function delta. */
  function: z.optional(
    lenientObject({
      /** Function name, on the first delta of a call. */
      name: z.optional(z.string()),
      /** A fragment of the arguments' JSON text. */
      partialJson: z.optional(z.string()),
      /** Arguments: a JSON text fragment (the OpenAI layer's `partialJson`) or a whole object. */
      arguments: z.optional(z.unknown()),
    }),
  ),
});

/**
 * A tool-call delta in a v3 `token` event: the first carries `id` and `function.name`, later
 * ones carry `function.partialJson` fragments of the arguments' JSON text.
 */
export interface ToolCallDelta extends z.output<typeof toolCallDeltaObject> {}

/** Schema of a {@link ToolCallDelta} (unknown fields pass through at run time). */
export const toolCallDeltaSchema: z.ZodMiniType<ToolCallDelta> = toolCallDeltaObject;

const chatCompletionsV3TokenEventObject = lenientObject({
  /** The delta. */
  message: lenientObject({
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
  finishReason: z.optional(z.nullable(finishReasonSchema)),
  /** Creation time. */
  created: z.optional(createdSchema),
  /** The seed used. */
  seed: z.optional(z.number()),
  /** `null` in token events. */
  usage: z.optional(z.nullable(chatUsageSchema)),
});

/** Data of a v3 `token` event: incremental deltas. */
export interface ChatCompletionsV3TokenEvent
  extends z.output<typeof chatCompletionsV3TokenEventObject> {}

/** Schema of a {@link ChatCompletionsV3TokenEvent} (unknown fields pass through at run time). */
export const chatCompletionsV3TokenEventSchema: z.ZodMiniType<ChatCompletionsV3TokenEvent> =
  chatCompletionsV3TokenEventObject;

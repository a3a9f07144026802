import * as z from 'zod/mini';

/** A text part of a v3 message's `content` array. */
export const textContentPartSchema = z.object({
  /** Always `text`. */
  type: z.literal('text'),
  /** The text. */
  text: z.string(),
});

/**
 * An image part of a v3 user message (HCX-005 only; ≤ 1 per message, ≤ 5 per request). Give
 * exactly one of `imageUrl` and `dataUri`. Formats BMP, PNG, JPG, JPEG, WEBP; 0 < size ≤ 20 MB;
 * long side ≤ 2240 px, short side ≥ 4 px; aspect ratio within 1:5 to 5:1.
 */
export const imageContentPartSchema = z
  .object({
    /** Always `image_url`. */
    type: z.literal('image_url'),
    /** A public image URL ending in a file extension. */
    imageUrl: z.optional(
      z.object({
        /** The image URL. */
        url: z.string().check(z.minLength(1)),
      }),
    ),
    /** An inline image. */
    dataUri: z.optional(
      z.object({
        /** A full data URL, e.g. `data:image/png;base64,…` (bare base64 is rejected by the service). */
        data: z
          .string()
          .check(z.startsWith('data:', 'must be a full data URL (data:image/…;base64,…)')),
      }),
    ),
  })
  .check(
    z.refine((part) => (part.imageUrl === undefined) !== (part.dataUri === undefined), {
      message: 'give exactly one of imageUrl and dataUri',
    }),
  );

/** One element of a v3 message's `content` array. */
export const contentPartSchema = z.discriminatedUnion('type', [
  textContentPartSchema,
  imageContentPartSchema,
]);

/** A text part of a message's `content`. */
export interface TextContentPart {
  /** Always `text`. */
  type: 'text';
  /** The text. */
  text: string;
}

/**
 * An image part of a user message (HCX-005 only; ≤ 1 per message, ≤ 5 per request). Give exactly
 * one of `imageUrl` and `dataUri`. Formats BMP, PNG, JPG, JPEG, WEBP; 0 < size ≤ 20 MB; long side
 * ≤ 2240 px, short side ≥ 4 px; aspect ratio within 1:5 to 5:1.
 */
export interface ImageContentPart {
  /** Always `image_url`. */
  type: 'image_url';
  /** A public image URL ending in a file extension. */
  imageUrl?: { url: string } | undefined;
  /** An inline image: a full data URL, e.g. `data:image/png;base64,…` (bare base64 is rejected). */
  dataUri?: { data: string } | undefined;
}

/** A v3 message's `content` part: text or image. */
export type ContentPart = TextContentPart | ImageContentPart;

/** A tool call as sent back in an assistant message (exactly as the model returned it). */
export const requestToolCallSchema = z.object({
  /** The call id (`call_…`), referenced by the `tool` message's `toolCallId`. */
  id: z.string(),
  /** Always `function` (typed as a string so a response's tool call can be resent as is). */
  type: z.string().check(z.refine((v) => v === 'function', 'must be "function"')),
  /** The called function. */
  function: z.object({
    /** Function name. */
    name: z.string(),
    /** Arguments as a JSON object. */
    arguments: z.record(z.string(), z.unknown()),
  }),
});

const textContent = z.union([z.string(), z.array(textContentPartSchema).check(z.minLength(1))]);

/** A v3 `system` message: instructions for the model (at most one per request). */
export const systemMessageSchema = z.object({
  /** `system`. */
  role: z.literal('system'),
  /** Instructions: a string or text parts. */
  content: textContent,
});

/** A v3 `user` message. */
export const userMessageSchema = z.object({
  /** `user`. */
  role: z.literal('user'),
  /** A string, or text and image parts (at least one part; images on HCX-005 only). */
  content: z.union([z.string(), z.array(contentPartSchema).check(z.minLength(1))]),
});

/**
 * A v3 `assistant` message from an earlier turn. `thinkingContent` must not be sent back; it is
 * dropped during validation, so a previous `result.message` can be reused as is.
 */
export const assistantMessageSchema = z.object({
  /** `assistant`. */
  role: z.literal('assistant'),
  /** The answer text (`""` on a tool-call turn). */
  content: textContent,
  /** The tool calls the model made in this turn, resent unchanged. */
  toolCalls: z.optional(z.array(requestToolCallSchema)),
});

/** A v3 `tool` message: the result of a tool call. */
export const toolMessageSchema = z.object({
  /** `tool`. */
  role: z.literal('tool'),
  /** The tool's result as a string (e.g. JSON text). */
  content: z.string(),
  /** The `id` of the assistant's tool call this answers. */
  toolCallId: z.string().check(z.minLength(1)),
});

/** A v3 chat message. */
export const chatMessageSchema = z.discriminatedUnion('role', [
  systemMessageSchema,
  userMessageSchema,
  assistantMessageSchema,
  toolMessageSchema,
]);

/** A tool call sent back in an assistant message, exactly as the model returned it. */
export interface RequestToolCall {
  /** The call id (`call_…`), referenced by the `tool` message's `toolCallId`. */
  id: string;
  /** Always `function`. */
  type: 'function' | (string & {});
  /** The called function. */
  function: {
    /** Function name. */
    name: string;
    /** Arguments as a JSON object. */
    arguments: Record<string, unknown>;
  };
}

/** A `system` message: instructions for the model (at most one per request). */
export interface SystemMessage {
  /** `system`. */
  role: 'system';
  /** Instructions: a string or text parts. */
  content: string | TextContentPart[];
}

/** A `user` message. */
export interface UserMessage {
  /** `user`. */
  role: 'user';
  /** A string, or text and image parts (at least one part; images on HCX-005 only). */
  content: string | ContentPart[];
}

/**
 * An `assistant` message from an earlier turn. `thinkingContent` must not be sent back; it is
 * dropped during validation, so a previous `result.message` can be reused as is.
 */
export interface AssistantMessage {
  /** `assistant`. */
  role: 'assistant';
  /** The answer text (`""` on a tool-call turn). */
  content: string | TextContentPart[];
  /** The tool calls the model made in this turn, resent unchanged. */
  toolCalls?: RequestToolCall[] | undefined;
}

/** A `tool` message: the result of a tool call. */
export interface ToolMessage {
  /** `tool`. */
  role: 'tool';
  /** The tool's result as a string (e.g. JSON text). */
  content: string;
  /** The `id` of the assistant's tool call this answers. */
  toolCallId: string;
}

/** A v3 chat message: `system`, `user`, `assistant` (an earlier turn) or `tool` (a tool's result). */
export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

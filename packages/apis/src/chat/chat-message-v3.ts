import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const textContentPartObject = object({
  /** Always `text`. */
  type: z.literal('text'),
  /** The text. */
  text: z.string(),
});

/** A text part of a message's `content`. */
export interface TextContentPart extends z.input<typeof textContentPartObject> {}

const textContentPartSchema: z.ZodMiniType<
  z.output<typeof textContentPartObject>,
  TextContentPart
> = textContentPartObject;

const imageContentPartObject = object({
  /** Always `image_url`. */
  type: z.literal('image_url'),
  /** A public image URL ending in a file extension. */
  imageUrl: z.optional(
    object({
      /** The image URL. */
      url: z.string().check(z.minLength(1)),
    }),
  ),
  /** An inline image. */
  dataUri: z.optional(
    object({
      /** A full data URL, e.g. `data:image/png;base64,…` (bare base64 is rejected by the service). */
      data: z
        .string()
        .check(z.startsWith('data:', 'must be a full data URL (data:image/…;base64,…)')),
    }),
  ),
}).check(
  z.refine((part) => (part.imageUrl === undefined) !== (part.dataUri === undefined), {
    message: 'give exactly one of imageUrl and dataUri',
  }),
);

/**
 * An image part of a user message (HCX-005 only; ≤ 1 per message, ≤ 5 per request). Give exactly
 * one of `imageUrl` and `dataUri`. Formats BMP, PNG, JPG, JPEG, WEBP; 0 < size ≤ 20 MB; long side
 * ≤ 2240 px, short side ≥ 4 px; aspect ratio within 1:5 to 5:1.
 */
export interface ImageContentPart extends z.input<typeof imageContentPartObject> {}

/** A v3 message's `content` part: text or image. */
export type ContentPart = TextContentPart | ImageContentPart;

const contentPartUnion = z.discriminatedUnion('type', [
  textContentPartObject,
  imageContentPartObject,
]);

const contentPartSchema: z.ZodMiniType<
  z.output<typeof contentPartUnion>,
  ContentPart
> = contentPartUnion;

const requestToolCallObject = object({
  /** The call id (`call_…`), referenced by the `tool` message's `toolCallId`. */
  id: z.string(),
  /** Always `function` (typed as a string so a response's tool call can be resent as is). */
  type: z.string().check(z.refine((v) => v === 'function', 'must be "function"')),
  /** The called function. */
  function: object({
    /** Function name. */
    name: z.string(),
    /** Arguments as a JSON object. */
    arguments: z.record(z.string(), z.unknown()),
  }),
});

/** A tool call sent back in an assistant message, exactly as the model returned it. */
export interface RequestToolCall extends z.input<typeof requestToolCallObject> {}

/** Schema of a {@link RequestToolCall}. */
export const requestToolCallSchema: NamedInput<typeof requestToolCallObject, RequestToolCall> =
  requestToolCallObject;

const textContent = z.union([z.string(), z.array(textContentPartSchema).check(z.minLength(1))]);

const systemMessageObject = object({
  /** `system`. */
  role: z.literal('system'),
  /** Instructions: a string or text parts. */
  content: textContent,
});

/** A `system` message: instructions for the model (at most one per request). */
export interface SystemMessage extends z.input<typeof systemMessageObject> {}

const userMessageObject = object({
  /** `user`. */
  role: z.literal('user'),
  /** A string, or text and image parts (at least one part; images on HCX-005 only). */
  content: z.union([z.string(), z.array(contentPartSchema).check(z.minLength(1))]),
});

/** A `user` message. */
export interface UserMessage extends z.input<typeof userMessageObject> {}

const assistantMessageObject = object({
  /** `assistant`. */
  role: z.literal('assistant'),
  /** The answer text (`""` on a tool-call turn). */
  content: textContent,
  /** The tool calls the model made in this turn, resent unchanged. */
  toolCalls: z.optional(z.array(requestToolCallSchema)),
});

/**
 * An `assistant` message from an earlier turn. `thinkingContent` must not be sent back; it is
 * dropped during validation, so a previous `result.message` can be reused as is.
 */
export interface AssistantMessage extends z.input<typeof assistantMessageObject> {}

const toolMessageObject = object({
  /** `tool`. */
  role: z.literal('tool'),
  /** The tool's result as a string (e.g. JSON text). */
  content: z.string(),
  /** The `id` of the assistant's tool call this answers. */
  toolCallId: z.string().check(z.minLength(1)),
});

/** A `tool` message: the result of a tool call. */
export interface ToolMessage extends z.input<typeof toolMessageObject> {}

/** A v3 chat message: `system`, `user`, `assistant` (an earlier turn) or `tool` (a tool's result). */
export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

const chatMessageUnion = z.discriminatedUnion('role', [
  systemMessageObject,
  userMessageObject,
  assistantMessageObject,
  toolMessageObject,
]);

/** Schema of a {@link ChatMessage} (v3). */
export const chatMessageSchema: NamedInput<typeof chatMessageUnion, ChatMessage> = chatMessageUnion;

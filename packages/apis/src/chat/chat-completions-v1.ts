import {
  defineEndpoint,
  defineStreamEndpoint,
  endpointRequest,
  endpointSpec,
} from '../shared/endpoint.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import {
  type ChatCompletionsV1Params,
  chatCompletionsV1ParamsSchema,
} from './chat-completions-v1-request.ts';
import {
  type ChatCompletionsV1Response,
  type ChatCompletionsV1TokenEvent,
  chatCompletionsV1ResponseSchema,
  chatCompletionsV1TokenEventSchema,
} from './chat-completions-v1-response.ts';
import type { ChatUsage } from './chat-completions-v3-response.ts';
import { ChatStream, type StreamStep } from './chat-stream.ts';
import { chatStreamEventParser, type TokenOrResultEvent } from './chat-stream-event.ts';
import { chatV1ResponseToV3 } from './chat-v3-to-v1.ts';

/** A typed v1 stream event: a `token` delta or the final `result`. */
export type ChatCompletionsV1StreamEvent = TokenOrResultEvent<
  ChatCompletionsV1TokenEvent,
  ChatCompletionsV1Response
>;

/** A v1 chat stream. */
export type ChatCompletionsV1Stream = ChatStream<ChatCompletionsV1StreamEvent, ChatUsage>;

/** Chat Completions v1: a model's path, or a tuned task's (`/v1|v2/tasks/{taskId}/…`). */
const route = 'POST /v1/chat-completions/{model}';
const options = {
  taskPath: '/{taskApiVersion}/tasks/{taskId}/chat-completions',
  defaults: { taskApiVersion: 'v1' },
};
const chatV1 = endpointSpec(route, chatCompletionsV1ParamsSchema, options);

/**
 * Validates v1 parameters into the request: the model or tuned-task path, and the body. Also
 * used by `chat.create` for v1-only models once their v3 parameters are translated.
 */
export function routeChatCompletionV1(
  params: ChatCompletionsV1Params,
  options: ClovaRequestOptions | undefined,
): { method: 'POST'; path: string; body: unknown } {
  const { path, body } = endpointRequest(chatV1, params, options);
  return { method: 'POST', path, body };
}

/**
 * Chat Completions v1 (`POST /v1/chat-completions/{model}`, or `/v1|v2/tasks/{taskId}/chat-completions`)
 * for HCX-003, HCX-DASH-001 and their tuned tasks. Returns the v1 result (`stopReason` lower-cased).
 */
export const createChatCompletionV1 = defineEndpoint(
  route,
  chatCompletionsV1ParamsSchema,
  chatCompletionsV1ResponseSchema,
  options,
);

/** Parses one raw v1 SSE event. */
export const parseChatCompletionsV1Event = chatStreamEventParser(
  chatCompletionsV1TokenEventSchema,
  chatCompletionsV1ResponseSchema,
);

/** What a v1 event contributes to the accumulated message. */
export function chatCompletionsV1Step(e: ChatCompletionsV1StreamEvent): StreamStep<ChatUsage> {
  if (e.event === 'token') return { delta: { content: e.data.message.content } };
  const normalised = chatV1ResponseToV3(e.data);
  return {
    final: {
      message: normalised.message,
      finishReason: normalised.finishReason,
      usage: normalised.usage,
    },
  };
}

/** Chat Completions v1, streamed (`token` events, then `result`). */
export const streamChatCompletionV1 = defineStreamEndpoint(
  route,
  chatCompletionsV1ParamsSchema,
  (stream): ChatCompletionsV1Stream =>
    new ChatStream(stream, parseChatCompletionsV1Event, chatCompletionsV1Step),
  options,
);

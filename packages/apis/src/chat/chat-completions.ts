import type { APIPromise, ServerSentEvent } from '@clova-studio/core';
import { chatModelCapabilities } from '../models.ts';
import {
  type EndpointTarget,
  endpointRequest,
  endpointSpec,
  sendRequest,
  sendStreamRequest,
} from '../shared/endpoint.ts';
import { parseResponse } from '../shared/parse-response.ts';
import type { ClovaRequestOptions } from '../validation/request-options.ts';
import { parseChatCompletionsV1Event, routeChatCompletionV1 } from './chat-completions-v1.ts';
import { chatCompletionsV1ResponseSchema } from './chat-completions-v1-response.ts';
import {
  type ChatCompletionsV3Params,
  chatCompletionsV3ParamsSchema,
} from './chat-completions-v3-request.ts';
import {
  type ChatCompletion,
  type ChatUsage,
  chatCompletionsV3ResponseSchema,
} from './chat-completions-v3-response.ts';
import {
  type ChatCompletionsV3TokenEvent,
  chatCompletionsV3TokenEventSchema,
} from './chat-completions-v3-stream-event.ts';
import { ChatStream, type StreamStep } from './chat-stream.ts';
import { chatStreamEventParser, type TokenOrResultEvent } from './chat-stream-event.ts';
import { chatV1ResponseToV3, chatV3ParamsToV1 } from './chat-v3-to-v1.ts';

/** A typed chat stream event: a `token` delta or the complete `result` (never a delta). */
export type ChatStreamEvent = TokenOrResultEvent<ChatCompletionsV3TokenEvent, ChatCompletion>;

/** The stream returned by `chat.stream`. */
export type ChatCompletionStream = ChatStream<ChatStreamEvent, ChatUsage>;

/** Chat Completions v3: a model's path, or a tuned task's. */
const chatV3 = endpointSpec('POST /v3/chat-completions/{model}', chatCompletionsV3ParamsSchema, {
  taskPath: '/v3/tasks/{taskId}/chat-completions',
});

/** Whether `model` is served by Chat Completions v1 only (HCX-003, HCX-DASH-001), per `models`. */
function isV1Model(model: string | undefined): boolean {
  return chatModelCapabilities(model)?.apiVersion === 'v1';
}

/**
 * Validates and routes `chat.create` parameters: `taskId` → `/v3/tasks/{taskId}/chat-completions`;
 * a v1-only model (per `models`) → `/v1/chat-completions/{model}` with the body translated;
 * anything else → `/v3/chat-completions/{model}`.
 */
export function routeChatCompletion(
  params: ChatCompletionsV3Params,
  options?: ClovaRequestOptions,
): { method: 'POST'; path: string; body: unknown } {
  if (isV1Model(params.model)) {
    const strict = options?.validate !== false;
    return routeChatCompletionV1(chatV3ParamsToV1(params, strict), options);
  }
  const { path, body } = endpointRequest(chatV3, params, options);
  return { method: 'POST', path, body };
}

/**
 * Chat Completions (`POST /v3/chat-completions/{model}`): text and image input, thinking,
 * function calling, structured outputs. `taskId` targets a tuned task; HCX-003 and HCX-DASH-001
 * are sent to Chat Completions v1 and their result normalised into the same shape.
 *
 * @throws RequestValidationError before sending, when a documented rule is broken.
 */
export function createChatCompletion(
  target: EndpointTarget,
  params: ChatCompletionsV3Params,
  options?: ClovaRequestOptions,
): APIPromise<ChatCompletion> {
  const v1 = isV1Model(params?.model);
  return sendRequest(
    target,
    options,
    (opts) => routeChatCompletion(params, opts),
    (data): ChatCompletion =>
      v1
        ? chatV1ResponseToV3(parseResponse(chatCompletionsV1ResponseSchema, data))
        : parseResponse(chatCompletionsV3ResponseSchema, data),
  );
}

/** Parses one raw v3 SSE event. */
export const parseChatStreamEvent = chatStreamEventParser(
  chatCompletionsV3TokenEventSchema,
  chatCompletionsV3ResponseSchema,
);

/** What a v3 event contributes to the accumulated message. */
export function chatStreamStep(e: ChatStreamEvent): StreamStep<ChatUsage> {
  if (e.event === 'token') return { delta: e.data.message };
  return {
    final: { message: e.data.message, finishReason: e.data.finishReason, usage: e.data.usage },
  };
}

/** Parses one raw v1 SSE event into the v3 shape. */
function v1EventToV3(event: ServerSentEvent): ChatStreamEvent {
  const e = parseChatCompletionsV1Event(event);
  if (e.event === 'result') return { event: 'result', id: e.id, data: chatV1ResponseToV3(e.data) };
  return {
    event: 'token',
    id: e.id,
    data: {
      ...e.data,
      message: { role: 'assistant', content: e.data.message.content },
      finishReason: null,
      usage: null,
    },
  };
}

/**
 * Chat Completions, streamed (`Accept: text/event-stream`): `token` events with deltas (text,
 * thinking, tool calls), then a `result` event with the complete message. Routed like
 * {@link createChatCompletion}; v1 events are normalised into the same shape.
 */
export function streamChatCompletion(
  target: EndpointTarget,
  params: ChatCompletionsV3Params,
  options?: ClovaRequestOptions,
): APIPromise<ChatCompletionStream> {
  const parse = isV1Model(params?.model) ? v1EventToV3 : parseChatStreamEvent;
  return sendStreamRequest(
    target,
    options,
    (opts) => routeChatCompletion(params, opts),
    (stream) => new ChatStream(stream, parse, chatStreamStep),
  );
}

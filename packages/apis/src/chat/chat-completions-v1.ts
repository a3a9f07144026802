import type { APIPromise, ServerSentEvent, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest, sendStreamRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import {
  type ChatCompletionsV1Params,
  chatCompletionsV1ParamsSchema,
} from './chat-completions-v1-request';
import {
  type ChatCompletionsV1Response,
  type ChatCompletionsV1TokenEvent,
  chatCompletionsV1ResponseSchema,
  chatCompletionsV1TokenEventSchema,
} from './chat-completions-v1-response';
import type { ChatUsage } from './chat-completions-v3-response';
import { ChatStream, type StreamStep } from './chat-stream';
import { chatV1ResponseToV3 } from './chat-v3-to-v1';

/** A typed v1 stream event: a `token` delta or the final `result`. */
export type ChatCompletionsV1StreamEvent =
  | { event: 'token'; id: string | undefined; data: ChatCompletionsV1TokenEvent }
  | { event: 'result'; id: string | undefined; data: ChatCompletionsV1Response };

/** A v1 chat stream. */
export type ChatCompletionsV1Stream = ChatStream<ChatCompletionsV1StreamEvent, ChatUsage>;

/**
 * Validates v1 parameters into the request: the model or tuned-task path, and the body. Also
 * used by `chat.create` for v1-only models once their v3 parameters are translated.
 */
export function routeChatCompletionV1(
  params: ChatCompletionsV1Params,
  options: ClovaRequestOptions | undefined,
): { method: 'POST'; path: string; body: unknown } {
  const { model, taskId, taskApiVersion, ...body } = validateRequest(
    chatCompletionsV1ParamsSchema,
    params,
    options,
  );
  const path =
    taskId !== undefined
      ? `/${taskApiVersion ?? 'v1'}/tasks/${encodeURIComponent(taskId)}/chat-completions`
      : `/v1/chat-completions/${encodeURIComponent(model ?? '')}`;
  return { method: 'POST', path, body };
}

/**
 * Chat Completions v1 (`POST /v1/chat-completions/{model}`, or `/v1|v2/tasks/{taskId}/chat-completions`)
 * for HCX-003, HCX-DASH-001 and their tuned tasks. Returns the v1 result (`stopReason` lower-cased).
 */
export function createChatCompletionV1(
  transport: Transport,
  params: ChatCompletionsV1Params,
  options?: ClovaRequestOptions,
): APIPromise<ChatCompletionsV1Response> {
  return sendRequest(
    transport,
    options,
    () => routeChatCompletionV1(params, options),
    (data) => parseResponse(chatCompletionsV1ResponseSchema, data),
  );
}

/** Parses one raw v1 SSE event. */
export function parseChatCompletionsV1Event(event: ServerSentEvent): ChatCompletionsV1StreamEvent {
  if (event.event === 'result') {
    return {
      event: 'result',
      id: event.id,
      data: parseResponse(chatCompletionsV1ResponseSchema, event.data),
    };
  }
  return {
    event: 'token',
    id: event.id,
    data: parseResponse(chatCompletionsV1TokenEventSchema, event.data),
  };
}

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
export function streamChatCompletionV1(
  transport: Transport,
  params: ChatCompletionsV1Params,
  options?: ClovaRequestOptions,
): APIPromise<ChatCompletionsV1Stream> {
  return sendStreamRequest(
    transport,
    options,
    () => routeChatCompletionV1(params, options),
    (stream) => new ChatStream(stream.map(parseChatCompletionsV1Event), chatCompletionsV1Step),
  );
}

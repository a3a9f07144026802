import type { APIPromise, ServerSentEvent } from '@clova-studio/core';
import { ChatStream, type StreamStep } from '../chat/chat-stream';
import {
  defineEndpoint,
  type EndpointSpec,
  type EndpointTarget,
  endpointRequest,
  sendStreamRequest,
} from '../shared/endpoint';
import { parseResponse } from '../shared/parse-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import {
  type OpenAIChatCompletionParams,
  openAIChatCompletionParamsSchema,
} from './openai-chat-request';
import {
  type OpenAIChatCompletionChunk,
  type OpenAIUsage,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
} from './openai-chat-response';

/** A stream of the OpenAI-compatible chat endpoint (chunks; accumulated like native streams). */
export type OpenAIChatCompletionStream = ChatStream<OpenAIChatCompletionChunk, OpenAIUsage>;

const chat = {
  method: 'POST',
  path: '/v1/openai/chat/completions',
  params: openAIChatCompletionParamsSchema,
  response: openAIChatCompletionSchema,
  envelope: false,
} satisfies EndpointSpec<
  typeof openAIChatCompletionParamsSchema,
  typeof openAIChatCompletionSchema
>;

/**
 * OpenAI-compatible Chat Completions (`POST /v1/openai/chat/completions`), non-streaming.
 * Tool-call `arguments` come back as objects.
 */
export const createOpenAIChatCompletion = defineEndpoint({
  ...chat,
  body: (params) => ({ ...params, stream: false }),
});

/** Parses one OpenAI-layer SSE chunk (core has already thrown an `{error}` chunk as a typed `APIError`). */
export function parseOpenAIChatChunk(event: ServerSentEvent): OpenAIChatCompletionChunk {
  return parseResponse(openAIChatCompletionChunkSchema, event.data);
}

/** What a chunk contributes to the accumulated message. */
export function openAIChatStep(chunk: OpenAIChatCompletionChunk): StreamStep<OpenAIUsage> {
  const choice = chunk.choices[0];
  const d = choice?.delta;
  return {
    delta: d
      ? { content: d.content, thinkingContent: d.thinking_content, toolCalls: d.tool_calls }
      : undefined,
    final:
      choice?.finish_reason || chunk.usage
        ? { finishReason: choice?.finish_reason, usage: chunk.usage }
        : undefined,
  };
}

const streamBody = {
  ...chat,
  body: (params: Record<string, unknown>) => ({ ...params, stream: true }),
};

/** OpenAI-compatible Chat Completions, streamed (`stream: true`; ends with `data: [DONE]`). */
export function streamOpenAIChatCompletion(
  target: EndpointTarget,
  params: OpenAIChatCompletionParams,
  options?: ClovaRequestOptions,
): APIPromise<OpenAIChatCompletionStream> {
  return sendStreamRequest(
    target,
    options,
    (opts) => ({ ...endpointRequest(streamBody, params, opts), method: 'POST', endEvents: [] }),
    (stream) => new ChatStream(stream, parseOpenAIChatChunk, openAIChatStep),
  );
}

import type { ServerSentEvent } from '@clova-studio/core';
import { ChatStream, type StreamStep } from '../chat/chat-stream.ts';
import { defineEndpoint, defineStreamEndpoint } from '../shared/endpoint.ts';
import { parseResponse } from '../shared/parse-response.ts';
import { openAIChatCompletionParamsSchema } from './openai-chat-request.ts';
import {
  type OpenAIChatCompletionChunk,
  type OpenAIUsage,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
} from './openai-chat-response.ts';

/** A stream of the OpenAI-compatible chat endpoint (chunks; accumulated like native streams). */
export type OpenAIChatCompletionStream = ChatStream<OpenAIChatCompletionChunk, OpenAIUsage>;

const route = 'POST /v1/openai/chat/completions';

/**
 * OpenAI-compatible Chat Completions (`POST /v1/openai/chat/completions`), non-streaming.
 * Tool-call `arguments` come back as objects.
 */
export const createOpenAIChatCompletion = defineEndpoint(
  route,
  openAIChatCompletionParamsSchema,
  openAIChatCompletionSchema,
  {
    envelope: false,
    body: (params) => ({ ...params, stream: false }),
  },
);

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

/** OpenAI-compatible Chat Completions, streamed (`stream: true`; ends with `data: [DONE]`). */
export const streamOpenAIChatCompletion = defineStreamEndpoint(
  route,
  openAIChatCompletionParamsSchema,
  (stream): OpenAIChatCompletionStream =>
    new ChatStream(stream, parseOpenAIChatChunk, openAIChatStep),
  { body: (params) => ({ ...params, stream: true }), endEvents: [] },
);

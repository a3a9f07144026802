import {
  type APIPromise,
  makeAPIError,
  openAIError,
  type ServerSentEvent,
  type Transport,
} from '@clova-studio/core';
import { ChatStream, type StreamStep } from '../chat/chat-stream';
import { parseResponse } from '../shared/parse-response';
import { sendRequest, sendStreamRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import {
  type OpenAIChatCompletionParams,
  openAIChatCompletionParamsSchema,
} from './openai-chat-request';
import {
  type OpenAIChatCompletion,
  type OpenAIChatCompletionChunk,
  type OpenAIUsage,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
} from './openai-chat-response';

const PATH = '/v1/openai/chat/completions';

/** A stream of the OpenAI-compatible chat endpoint (chunks; accumulated like native streams). */
export type OpenAIChatCompletionStream = ChatStream<OpenAIChatCompletionChunk, OpenAIUsage>;

/**
 * OpenAI-compatible Chat Completions (`POST /v1/openai/chat/completions`), non-streaming.
 * Tool-call `arguments` come back as objects.
 */
export function createOpenAIChatCompletion(
  transport: Transport,
  params: OpenAIChatCompletionParams,
  options?: ClovaRequestOptions,
): APIPromise<OpenAIChatCompletion> {
  return sendRequest(
    transport,
    options,
    () => {
      const body = {
        ...validateRequest(openAIChatCompletionParamsSchema, params, options),
        stream: false,
      };
      return { method: 'POST', path: PATH, body, envelope: false };
    },
    (data) => parseResponse(openAIChatCompletionSchema, data),
  );
}

/** Parses one OpenAI-layer SSE chunk; an `{error}` chunk is thrown as a typed `APIError`. */
export function parseOpenAIChatChunk(event: ServerSentEvent): OpenAIChatCompletionChunk {
  if (openAIError(event.data)) throw makeAPIError({ status: undefined, body: event.data });
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
export function streamOpenAIChatCompletion(
  transport: Transport,
  params: OpenAIChatCompletionParams,
  options?: ClovaRequestOptions,
): APIPromise<OpenAIChatCompletionStream> {
  return sendStreamRequest(
    transport,
    options,
    () => {
      const body = {
        ...validateRequest(openAIChatCompletionParamsSchema, params, options),
        stream: true,
      };
      return { method: 'POST', path: PATH, body, endEvents: [] };
    },
    (stream) => new ChatStream(stream.map(parseOpenAIChatChunk), openAIChatStep),
  );
}

import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import {
  type ChatCompletionStream,
  createChatCompletion,
  streamChatCompletion,
} from './chat-completions';
import {
  type ChatCompletionsV1Stream,
  createChatCompletionV1,
  streamChatCompletionV1,
} from './chat-completions-v1';
import type { ChatCompletionsV1Params } from './chat-completions-v1-request';
import type { ChatCompletionsV1Response } from './chat-completions-v1-response';
import type { ChatCompletionsV3Params } from './chat-completions-v3-request';
import type { ChatCompletion } from './chat-completions-v3-response';

/** Chat Completions v1 (HCX-003, HCX-DASH-001 and their tuned tasks), in its own shape. */
export class ChatV1 extends APIResource {
  /** `POST /v1/chat-completions/{model}` or `/v1|v2/tasks/{taskId}/chat-completions`. */
  readonly create: (
    params: ChatCompletionsV1Params,
    options?: ClovaRequestOptions,
  ) => APIPromise<ChatCompletionsV1Response> = this.bind(createChatCompletionV1);

  /** The same, streamed. */
  readonly stream: (
    params: ChatCompletionsV1Params,
    options?: ClovaRequestOptions,
  ) => APIPromise<ChatCompletionsV1Stream> = this.bind(streamChatCompletionV1);
}

/** Chat Completions (v3; v1-only models and tuned tasks are routed automatically). */
export class Chat extends APIResource {
  /** Chat Completions v1 with its native request and response shapes. */
  readonly v1: ChatV1 = new ChatV1(this.context);

  /** `POST /v3/chat-completions/{model}` (or the v1 / tasks endpoint, see {@link createChatCompletion}). */
  readonly create: (
    params: ChatCompletionsV3Params,
    options?: ClovaRequestOptions,
  ) => APIPromise<ChatCompletion> = this.bind(createChatCompletion);

  /** The same, streamed: typed events, `textStream`, `finalMessage()`, `usage()`. */
  readonly stream: (
    params: ChatCompletionsV3Params,
    options?: ClovaRequestOptions,
  ) => APIPromise<ChatCompletionStream> = this.bind(streamChatCompletion);
}

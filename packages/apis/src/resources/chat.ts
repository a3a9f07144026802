import type { APIPromise } from '@clova-studio/core';
import {
  type ChatCompletionStream,
  createChatCompletion,
  streamChatCompletion,
} from '../chat/chat-completions';
import {
  type ChatCompletionsV1Stream,
  createChatCompletionV1,
  streamChatCompletionV1,
} from '../chat/chat-completions-v1';
import type { ChatCompletionsV1Params } from '../chat/chat-completions-v1-request';
import type { ChatCompletionsV1Response } from '../chat/chat-completions-v1-response';
import type { ChatCompletionsV3Params } from '../chat/chat-completions-v3-request';
import type { ChatCompletion } from '../chat/chat-completions-v3-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** Chat Completions v1 (HCX-003, HCX-DASH-001 and their tuned tasks), in its own shape. */
export class ChatV1 extends APIResource {
  /** `POST /v1/chat-completions/{model}` or `/v1|v2/tasks/{taskId}/chat-completions`. */
  create(
    params: ChatCompletionsV1Params,
    options?: ClovaRequestOptions,
  ): APIPromise<ChatCompletionsV1Response> {
    return createChatCompletionV1(this.transport, params, this.options(options));
  }

  /** The same, streamed. */
  stream(
    params: ChatCompletionsV1Params,
    options?: ClovaRequestOptions,
  ): APIPromise<ChatCompletionsV1Stream> {
    return streamChatCompletionV1(this.transport, params, this.options(options));
  }
}

/** Chat Completions (v3; v1-only models and tuned tasks are routed automatically). */
export class Chat extends APIResource {
  /** Chat Completions v1 with its native request and response shapes. */
  readonly v1: ChatV1 = new ChatV1(this.context);

  /** `POST /v3/chat-completions/{model}` (or the v1 / tasks endpoint, see {@link createChatCompletion}). */
  create(
    params: ChatCompletionsV3Params,
    options?: ClovaRequestOptions,
  ): APIPromise<ChatCompletion> {
    return createChatCompletion(this.transport, params, this.options(options));
  }

  /** The same, streamed: typed events, `textStream`, `finalMessage()`, `usage()`. */
  stream(
    params: ChatCompletionsV3Params,
    options?: ClovaRequestOptions,
  ): APIPromise<ChatCompletionStream> {
    return streamChatCompletion(this.transport, params, this.options(options));
  }
}

import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import {
  createOpenAIChatCompletion,
  type OpenAIChatCompletionStream,
  streamOpenAIChatCompletion,
} from './openai-chat';
import type { OpenAIChatCompletionParams } from './openai-chat-request';
import type { OpenAIChatCompletion } from './openai-chat-response';
import {
  createOpenAIEmbedding,
  type OpenAIEmbeddingParams,
  type OpenAIEmbeddingResponse,
} from './openai-embeddings';
import { listOpenAIModels, type OpenAIModelList } from './openai-models';

/** `client.openai.chat.completions`. */
export class OpenAIChatCompletions extends APIResource {
  /** `POST /v1/openai/chat/completions`. */
  readonly create: (
    params: OpenAIChatCompletionParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<OpenAIChatCompletion> = this.bind(createOpenAIChatCompletion);

  /** `POST /v1/openai/chat/completions` with `stream: true`. */
  readonly stream: (
    params: OpenAIChatCompletionParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<OpenAIChatCompletionStream> = this.bind(streamOpenAIChatCompletion);
}

/** `client.openai.chat`. */
export class OpenAIChat extends APIResource {
  /** Chat Completions. */
  readonly completions: OpenAIChatCompletions = new OpenAIChatCompletions(this.context);
}

/** `client.openai.embeddings`. */
export class OpenAIEmbeddings extends APIResource {
  /** `POST /v1/openai/embeddings`. */
  readonly create: (
    params: OpenAIEmbeddingParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<OpenAIEmbeddingResponse> = this.bind(createOpenAIEmbedding);
}

/** `client.openai.models`. */
export class OpenAIModels extends APIResource {
  /** `GET /v1/openai/models`. */
  readonly list: (options?: ClovaRequestOptions) => APIPromise<OpenAIModelList> =
    this.bind(listOpenAIModels);
}

/** The OpenAI-compatible layer (`/v1/openai`), in OpenAI's snake_case shapes. */
export class OpenAICompatible extends APIResource {
  /** Chat Completions. */
  readonly chat: OpenAIChat = new OpenAIChat(this.context);
  /** Embeddings. */
  readonly embeddings: OpenAIEmbeddings = new OpenAIEmbeddings(this.context);
  /** Models. */
  readonly models: OpenAIModels = new OpenAIModels(this.context);
}

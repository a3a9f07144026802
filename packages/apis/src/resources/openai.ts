import type { APIPromise } from '@clova-studio/core';
import {
  createOpenAIChatCompletion,
  type OpenAIChatCompletionStream,
  streamOpenAIChatCompletion,
} from '../openai/openai-chat';
import type { OpenAIChatCompletionParams } from '../openai/openai-chat-request';
import type { OpenAIChatCompletion } from '../openai/openai-chat-response';
import {
  createOpenAIEmbedding,
  type OpenAIEmbeddingParams,
  type OpenAIEmbeddingResponse,
} from '../openai/openai-embeddings';
import { listOpenAIModels, type OpenAIModelList } from '../openai/openai-models';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** `client.openai.chat.completions`. */
export class OpenAIChatCompletions extends APIResource {
  /** `POST /v1/openai/chat/completions`. */
  create(
    params: OpenAIChatCompletionParams,
    options?: ClovaRequestOptions,
  ): APIPromise<OpenAIChatCompletion> {
    return createOpenAIChatCompletion(this.transport, params, this.options(options));
  }

  /** `POST /v1/openai/chat/completions` with `stream: true`. */
  stream(
    params: OpenAIChatCompletionParams,
    options?: ClovaRequestOptions,
  ): APIPromise<OpenAIChatCompletionStream> {
    return streamOpenAIChatCompletion(this.transport, params, this.options(options));
  }
}

/** `client.openai.chat`. */
export class OpenAIChat extends APIResource {
  /** Chat Completions. */
  readonly completions: OpenAIChatCompletions = new OpenAIChatCompletions(this.context);
}

/** `client.openai.embeddings`. */
export class OpenAIEmbeddings extends APIResource {
  /** `POST /v1/openai/embeddings`. */
  create(
    params: OpenAIEmbeddingParams,
    options?: ClovaRequestOptions,
  ): APIPromise<OpenAIEmbeddingResponse> {
    return createOpenAIEmbedding(this.transport, params, this.options(options));
  }
}

/** `client.openai.models`. */
export class OpenAIModels extends APIResource {
  /** `GET /v1/openai/models`. */
  list(options?: ClovaRequestOptions): APIPromise<OpenAIModelList> {
    return listOpenAIModels(this.transport, this.options(options));
  }
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

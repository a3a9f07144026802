import type { APIPromise } from '@clova-studio/core';
import {
  type ChatTokenizeParams,
  type ChatTokenizeResponse,
  tokenizeChat,
} from '../tokenizer/chat-tokenize';
import {
  type ChatTokenizeV3Params,
  type ChatTokenizeV3Response,
  tokenizeChatV3,
} from '../tokenizer/chat-tokenize-v3';
import {
  type EmbeddingV2TokenizeParams,
  type NumTokensResponse,
  tokenizeEmbeddingV2,
} from '../tokenizer/embedding-v2-tokenize';
import { type TokenizeParams, tokenize } from '../tokenizer/tokenize';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** Token calculators and the non-HCX tokenizer. */
export class Tokenizer extends APIResource {
  /** Token calculator (chat), v1 models: `POST /v1/api-tools/chat-tokenize/{model}`. */
  chat(
    params: ChatTokenizeParams,
    options?: ClovaRequestOptions,
  ): APIPromise<ChatTokenizeResponse> {
    return tokenizeChat(this.transport, params, this.options(options));
  }

  /** Token calculator (chat v3): `POST /v3/api-tools/chat-tokenize/{model}`. */
  chatV3(
    params: ChatTokenizeV3Params,
    options?: ClovaRequestOptions,
  ): APIPromise<ChatTokenizeV3Response> {
    return tokenizeChatV3(this.transport, params, this.options(options));
  }

  /** Token calculator (Embedding v2): `POST /v1/api-tools/embedding/v2/tokenize`. */
  embeddingV2(
    params: EmbeddingV2TokenizeParams,
    options?: ClovaRequestOptions,
  ): APIPromise<NumTokensResponse> {
    return tokenizeEmbeddingV2(this.transport, params, this.options(options));
  }

  /** Tokenizer for non-HyperCLOVA X (LK) models: `POST /v1/api-tools/tokenize/{model}`. */
  tokenize(params: TokenizeParams, options?: ClovaRequestOptions): APIPromise<NumTokensResponse> {
    return tokenize(this.transport, params, this.options(options));
  }
}

import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { type ChatTokenizeParams, type ChatTokenizeResponse, tokenizeChat } from './chat-tokenize';
import {
  type ChatTokenizeV3Params,
  type ChatTokenizeV3Response,
  tokenizeChatV3,
} from './chat-tokenize-v3';
import {
  type EmbeddingV2TokenizeParams,
  type NumTokensResponse,
  tokenizeEmbeddingV2,
} from './embedding-v2-tokenize';
import { type TokenizeParams, tokenize } from './tokenize';

/** Token calculators and the non-HCX tokenizer. */
export class Tokenizer extends APIResource {
  /** Token calculator (chat), v1 models: `POST /v1/api-tools/chat-tokenize/{model}`. */
  readonly chat: (
    params: ChatTokenizeParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<ChatTokenizeResponse> = this.bind(tokenizeChat);

  /** Token calculator (chat v3): `POST /v3/api-tools/chat-tokenize/{model}`. */
  readonly chatV3: (
    params: ChatTokenizeV3Params,
    options?: ClovaRequestOptions,
  ) => APIPromise<ChatTokenizeV3Response> = this.bind(tokenizeChatV3);

  /** Token calculator (Embedding v2): `POST /v1/api-tools/embedding/v2/tokenize`. */
  readonly embeddingV2: (
    params: EmbeddingV2TokenizeParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<NumTokensResponse> = this.bind(tokenizeEmbeddingV2);

  /** Tokenizer for non-HyperCLOVA X (LK) models: `POST /v1/api-tools/tokenize/{model}`. */
  readonly tokenize: (
    params: TokenizeParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<NumTokensResponse> = this.bind(tokenize);
}

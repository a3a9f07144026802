import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { createEmbedding } from './create-embedding';
import { createEmbeddingV2 } from './create-embedding-v2';
import { type EmbedManyOptions, type EmbedManyResult, embedMany } from './embed-many';
import type { EmbeddingParams } from './embedding-request';
import type { EmbeddingResponse } from './embedding-response';
import type { EmbeddingV2Params } from './embedding-v2-request';

/** Embedding v1 (`clir-emb-dolphin`, `clir-sts-dolphin`), Embedding v2 (`bge-m3`) and batches: `client.embeddings`. */
export class Embeddings extends APIResource {
  /**
   * Embedding v1: one text (1–500 tokens) → a 1,024-float vector. See {@link createEmbedding}.
   *
   * @example
   * ```ts
   * const { embedding } = await client.embeddings.create({ model: 'clir-sts-dolphin', text: 'Hello' });
   * ```
   */
  readonly create: (
    params: EmbeddingParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<EmbeddingResponse> = this.bind(createEmbedding);

  /**
   * Embedding v2 (`bge-m3`): one text (up to 8,192 tokens) → a 1,024-float vector. See {@link createEmbeddingV2}.
   *
   * @example
   * ```ts
   * const { embedding } = await client.embeddings.createV2({ text: 'Hello' });
   * ```
   */
  readonly createV2: (
    params: EmbeddingV2Params,
    options?: ClovaRequestOptions,
  ) => APIPromise<EmbeddingResponse> = this.bind(createEmbeddingV2);

  /**
   * Embeds many texts in order within a requests-per-minute budget, retrying failures. See {@link embedMany}.
   *
   * @example
   * ```ts
   * const { embeddings } = await client.embeddings.embedMany(texts, { model: 'bge-m3', requestsPerMinute: 60 });
   * ```
   */
  readonly embedMany: (
    texts: readonly string[],
    options?: EmbedManyOptions,
  ) => Promise<EmbedManyResult> = this.bind(embedMany);
}

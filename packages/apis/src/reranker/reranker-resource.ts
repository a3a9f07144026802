import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { createRerank } from './create-rerank';
import type { RerankerParams } from './reranker-request';
import type { RerankerResponse } from './reranker-response';

/** Reranker: `client.reranker`. */
export class Reranker extends APIResource {
  /**
   * See {@link createRerank}.
   *
   * @example
   * ```ts
   * const { result, citedDocuments } = await client.reranker.create({ query, documents });
   * ```
   */
  readonly create: (
    params: RerankerParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<RerankerResponse> = this.bind(createRerank);
}

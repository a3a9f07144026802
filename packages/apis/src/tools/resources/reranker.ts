import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../../resources/api-resource';
import type { ClovaRequestOptions } from '../../validation/request-options';
import { createRerank } from '../reranker/create-rerank';
import type { RerankerParams } from '../reranker/reranker-request';
import type { RerankerResponse } from '../reranker/reranker-response';

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
  create(params: RerankerParams, options?: ClovaRequestOptions): APIPromise<RerankerResponse> {
    return createRerank(this.transport, params, this.options(options));
  }
}

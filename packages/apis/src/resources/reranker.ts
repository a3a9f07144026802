import type { APIPromise } from '@clova-studio/core';
import { createRerank } from '../reranker/create-rerank';
import type { RerankerParams } from '../reranker/reranker-request';
import type { RerankerResponse } from '../reranker/reranker-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

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

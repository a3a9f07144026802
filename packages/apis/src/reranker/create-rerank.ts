import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type RerankerParams, rerankerParamsSchema } from './reranker-request';
import { type RerankerResponse, rerankerResponseSchema } from './reranker-response';

/**
 * Reranker: picks the documents relevant to a query and writes an answer citing them as `<docN>` tags (`POST /v1/api-tools/reranker`).
 *
 * @example
 * ```ts
 * const { result, citedDocuments } = await createRerank(transport, { query: 'How do I delete a VPC?', documents: [{ id: 'id1', doc: '…' }] });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export function createRerank(
  transport: Transport,
  params: RerankerParams,
  options?: ClovaRequestOptions,
): APIPromise<RerankerResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const body = validateRequest(rerankerParamsSchema, params, options);
      return { method: 'POST', path: '/v1/api-tools/reranker', body };
    },
    (data) => parseResponse(rerankerResponseSchema, data),
  );
}

import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../../shared/parse-response';
import { type ClovaRequestOptions, toTransportOptions } from '../../validation/request-options';
import { validateRequest } from '../../validation/validate-request';
import { mapAPIPromise } from '../shared/map-api-promise';
import { type RerankerRequest, rerankerRequestSchema } from './reranker-request';
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
  params: RerankerRequest,
  options?: ClovaRequestOptions,
): APIPromise<RerankerResponse> {
  const body = validateRequest(rerankerRequestSchema, params, options);
  return mapAPIPromise(
    transport.request({
      method: 'POST',
      path: '/v1/api-tools/reranker',
      body,
      options: toTransportOptions(options),
    }),
    (data) => parseResponse(rerankerResponseSchema, data),
  );
}

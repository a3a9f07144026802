import { defineEndpoint, type Endpoint } from '../shared/endpoint';
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
export const createRerank: Endpoint<RerankerParams, RerankerResponse> = defineEndpoint(
  'POST /v1/api-tools/reranker',
  rerankerParamsSchema,
  rerankerResponseSchema,
);

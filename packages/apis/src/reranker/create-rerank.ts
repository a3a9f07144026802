import { defineEndpoint } from '../shared/endpoint.ts';
import { rerankerParamsSchema } from './reranker-request.ts';
import { rerankerResponseSchema } from './reranker-response.ts';

/**
 * Reranker: picks the documents relevant to a query and writes an answer citing them as `<docN>` tags (`POST /v1/api-tools/reranker`).
 *
 * @example
 * ```ts
 * const { result, citedDocuments } = await createRerank(transport, { query: 'How do I delete a VPC?', documents: [{ id: 'id1', doc: '…' }] });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export const createRerank = defineEndpoint(
  'POST /v1/api-tools/reranker',
  rerankerParamsSchema,
  rerankerResponseSchema,
);

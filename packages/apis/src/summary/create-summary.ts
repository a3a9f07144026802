import { defineEndpoint } from '../shared/endpoint';
import { summaryParamsSchema } from './summary-request';
import { summaryResponseSchema } from './summary-response';

/**
 * Summary: summarises long texts, optionally splitting them into paragraphs first (`POST /v1/api-tools/summarization/v2`).
 *
 * @example
 * ```ts
 * const { text } = await createSummary(transport, { texts: [longText], segMaxSize: 1000 });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export const createSummary = defineEndpoint({
  method: 'POST',
  path: '/v1/api-tools/summarization/v2',
  params: summaryParamsSchema,
  response: summaryResponseSchema,
});

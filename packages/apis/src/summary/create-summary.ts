import { defineEndpoint } from '../shared/endpoint.ts';
import { summaryParamsSchema } from './summary-request.ts';
import { summaryResponseSchema } from './summary-response.ts';

/**
 * Summary: summarises long texts, optionally splitting them into paragraphs first (`POST /v1/api-tools/summarization/v2`).
 *
 * @example
 * ```ts
 * const { text } = await createSummary(transport, { texts: [longText], segMaxSize: 1000 });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export const createSummary = defineEndpoint(
  'POST /v1/api-tools/summarization/v2',
  summaryParamsSchema,
  summaryResponseSchema,
);

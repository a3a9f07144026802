import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type SummaryParams, summaryParamsSchema } from './summary-request';
import { type SummaryResponse, summaryResponseSchema } from './summary-response';

/**
 * Summary: summarises long texts, optionally splitting them into paragraphs first (`POST /v1/api-tools/summarization/v2`).
 *
 * @example
 * ```ts
 * const { text } = await createSummary(transport, { texts: [longText], segMaxSize: 1000 });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export function createSummary(
  transport: Transport,
  params: SummaryParams,
  options?: ClovaRequestOptions,
): APIPromise<SummaryResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const body = validateRequest(summaryParamsSchema, params, options);
      return { method: 'POST', path: '/v1/api-tools/summarization/v2', body };
    },
    (data) => parseResponse(summaryResponseSchema, data),
  );
}

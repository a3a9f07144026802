import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../../shared/parse-response';
import { type ClovaRequestOptions, toTransportOptions } from '../../validation/request-options';
import { validateRequest } from '../../validation/validate-request';
import { mapAPIPromise } from '../shared/map-api-promise';
import { type SummaryRequest, summaryRequestSchema } from './summary-request';
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
  params: SummaryRequest,
  options?: ClovaRequestOptions,
): APIPromise<SummaryResponse> {
  const body = validateRequest(summaryRequestSchema, params, options);
  return mapAPIPromise(
    transport.request({
      method: 'POST',
      path: '/v1/api-tools/summarization/v2',
      body,
      options: toTransportOptions(options),
    }),
    (data) => parseResponse(summaryResponseSchema, data),
  );
}

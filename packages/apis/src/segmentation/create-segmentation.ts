import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type SegmentationParams, segmentationParamsSchema } from './segmentation-request';
import { type SegmentationResponse, segmentationResponseSchema } from './segmentation-response';

/**
 * Break paragraph (segmentation): splits a document into paragraphs of sentences by topic (`POST /v1/api-tools/segmentation`).
 *
 * @example
 * ```ts
 * const { topicSeg } = await createSegmentation(transport, { text: document, alpha: -100 });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export function createSegmentation(
  transport: Transport,
  params: SegmentationParams,
  options?: ClovaRequestOptions,
): APIPromise<SegmentationResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const body = validateRequest(segmentationParamsSchema, params, options);
      return { method: 'POST', path: '/v1/api-tools/segmentation', body };
    },
    (data) => parseResponse(segmentationResponseSchema, data),
  );
}

import { defineEndpoint } from '../shared/endpoint.ts';
import { segmentationParamsSchema } from './segmentation-request.ts';
import { segmentationResponseSchema } from './segmentation-response.ts';

/**
 * Break paragraph (segmentation): splits a document into paragraphs of sentences by topic (`POST /v1/api-tools/segmentation`).
 *
 * @example
 * ```ts
 * const { topicSeg } = await createSegmentation(transport, { text: document, alpha: -100 });
 * ```
 * @throws RequestValidationError naming the field when a documented rule is broken (before sending).
 */
export const createSegmentation = defineEndpoint(
  'POST /v1/api-tools/segmentation',
  segmentationParamsSchema,
  segmentationResponseSchema,
);

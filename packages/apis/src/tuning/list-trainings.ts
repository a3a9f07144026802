import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type TrainingListParams, trainingListParamsSchema } from './training-list-request';
import { type TrainingListResponse, trainingListResponseSchema } from './training-list-response';

/**
 * Get training list: one page of tuning tasks (`GET /tuning/v2/tasks?page=&size=`; `page` is 0-based, `size`
 * 1–100, default 20). Use {@link listAllTrainings} to iterate every page.
 *
 * @example
 * ```ts
 * const { content, totalPages } = await listTrainings(transport, { page: 0, size: 50 });
 * ```
 * @throws RequestValidationError naming `page` or `size` when out of range (before sending).
 */
export function listTrainings(
  transport: Transport,
  params: TrainingListParams = {},
  options?: ClovaRequestOptions,
): APIPromise<TrainingListResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const query = validateRequest(trainingListParamsSchema, params, options);
      return {
        method: 'GET',
        path: '/tuning/v2/tasks',
        query: { page: query.page, size: query.size },
      };
    },
    (data) => parseResponse(trainingListResponseSchema, data),
  );
}

import { defineEndpoint } from '../shared/endpoint.ts';
import { trainingListParamsSchema } from './training-list-request.ts';
import { trainingListResponseSchema } from './training-list-response.ts';

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
export const listTrainings = defineEndpoint(
  'GET /tuning/v2/tasks',
  trainingListParamsSchema,
  trainingListResponseSchema,
);

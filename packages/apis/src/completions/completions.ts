import { defineEndpoint } from '../shared/endpoint.ts';
import { completionParamsSchema } from './completions-request.ts';
import { completionResponseSchema } from './completions-response.ts';

/**
 * Legacy Completions (`POST /v1/completions/{model}` for LK models, or
 * `/v1/tasks/{taskId}/completions`). Deprecated by NAVER.
 */
export const createCompletion = defineEndpoint(
  'POST /v1/completions/{model}',
  completionParamsSchema,
  completionResponseSchema,
  { taskPath: '/v1/tasks/{taskId}/completions' },
);

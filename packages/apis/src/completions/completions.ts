import { defineEndpoint } from '../shared/endpoint.js';
import { completionParamsSchema } from './completions-request.js';
import { completionResponseSchema } from './completions-response.js';

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

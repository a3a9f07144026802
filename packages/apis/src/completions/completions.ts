import { defineEndpoint } from '../shared/endpoint';
import { completionParamsSchema } from './completions-request';
import { completionResponseSchema } from './completions-response';

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

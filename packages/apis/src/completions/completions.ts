import { defineEndpoint } from '../shared/endpoint';
import { completionParamsSchema } from './completions-request';
import { completionResponseSchema } from './completions-response';

/**
 * Legacy Completions (`POST /v1/completions/{model}` for LK models, or
 * `/v1/tasks/{taskId}/completions`). Deprecated by NAVER.
 */
export const createCompletion = defineEndpoint({
  method: 'POST',
  path: '/v1/completions/{model}',
  taskPath: '/v1/tasks/{taskId}/completions',
  params: completionParamsSchema,
  response: completionResponseSchema,
});

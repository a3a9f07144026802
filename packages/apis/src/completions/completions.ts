import { defineEndpoint, type Endpoint } from '../shared/endpoint';
import { type CompletionParams, completionParamsSchema } from './completions-request';
import { type CompletionResponse, completionResponseSchema } from './completions-response';

/**
 * Legacy Completions (`POST /v1/completions/{model}` for LK models, or
 * `/v1/tasks/{taskId}/completions`). Deprecated by NAVER.
 */
export const createCompletion: Endpoint<CompletionParams, CompletionResponse> = defineEndpoint(
  'POST /v1/completions/{model}',
  completionParamsSchema,
  completionResponseSchema,
  { taskPath: '/v1/tasks/{taskId}/completions' },
);

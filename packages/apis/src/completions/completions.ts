import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type CompletionParams, completionParamsSchema } from './completions-request';
import { type CompletionResponse, completionResponseSchema } from './completions-response';

/**
 * Legacy Completions (`POST /v1/completions/{model}` for LK models, or
 * `/v1/tasks/{taskId}/completions`). Deprecated by NAVER.
 */
export function createCompletion(
  transport: Transport,
  params: CompletionParams,
  options?: ClovaRequestOptions,
): APIPromise<CompletionResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const { model, taskId, ...body } = validateRequest(completionParamsSchema, params, options);
      const path =
        taskId !== undefined
          ? `/v1/tasks/${encodeURIComponent(taskId)}/completions`
          : `/v1/completions/${encodeURIComponent(model ?? '')}`;
      return { method: 'POST', path, body };
    },
    (data) => parseResponse(completionResponseSchema, data),
  );
}

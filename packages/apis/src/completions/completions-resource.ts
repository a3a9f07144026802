import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import { createCompletion } from './completions';
import type { CompletionParams } from './completions-request';
import type { CompletionResponse } from './completions-response';

/** Legacy Completions for LK models (deprecated by NAVER). */
export class Completions extends APIResource {
  /** `POST /v1/completions/{model}` or `/v1/tasks/{taskId}/completions`. */
  readonly create: (
    params: CompletionParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<CompletionResponse> = this.bind(createCompletion);
}

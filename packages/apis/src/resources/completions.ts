import type { APIPromise } from '@clova-studio/core';
import { createCompletion } from '../completions/completions';
import type { CompletionParams } from '../completions/completions-request';
import type { CompletionResponse } from '../completions/completions-response';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** Legacy Completions for LK models (deprecated by NAVER). */
export class Completions extends APIResource {
  /** `POST /v1/completions/{model}` or `/v1/tasks/{taskId}/completions`. */
  create(params: CompletionParams, options?: ClovaRequestOptions): APIPromise<CompletionResponse> {
    return createCompletion(this.transport, params, this.options(options));
  }
}

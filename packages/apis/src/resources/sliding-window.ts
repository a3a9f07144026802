import type { APIPromise } from '@clova-studio/core';
import {
  type SlidingWindowParams,
  type SlidingWindowResponse,
  slideChatMessages,
} from '../sliding-window/sliding-window';
import type { ClovaRequestOptions } from '../validation/request-options';
import { APIResource } from './api-resource';

/** Sliding window. */
export class SlidingWindow extends APIResource {
  /** `POST /v1/api-tools/sliding/chat-messages/{model}`: drop the oldest turns to fit. */
  chatMessages(
    params: SlidingWindowParams,
    options?: ClovaRequestOptions,
  ): APIPromise<SlidingWindowResponse> {
    return slideChatMessages(this.transport, params, this.options(options));
  }
}

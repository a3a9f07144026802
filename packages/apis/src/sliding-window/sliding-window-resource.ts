import type { APIPromise } from '@clova-studio/core';
import { APIResource } from '../shared/api-resource';
import type { ClovaRequestOptions } from '../validation/request-options';
import {
  type SlidingWindowParams,
  type SlidingWindowResponse,
  slideChatMessages,
} from './sliding-window';

/** Sliding window. */
export class SlidingWindow extends APIResource {
  /** `POST /v1/api-tools/sliding/chat-messages/{model}`: drop the oldest turns to fit. */
  readonly chatMessages: (
    params: SlidingWindowParams,
    options?: ClovaRequestOptions,
  ) => APIPromise<SlidingWindowResponse> = this.bind(slideChatMessages);
}

import { APIResource, type Bound } from '../shared/api-resource.ts';
import { slideChatMessages } from './sliding-window.ts';

/** Sliding window. */
export class SlidingWindow extends APIResource {
  /** `POST /v1/api-tools/sliding/chat-messages/{model}`: drop the oldest turns to fit. */
  readonly chatMessages: Bound<typeof slideChatMessages> = this.bind(slideChatMessages);
}

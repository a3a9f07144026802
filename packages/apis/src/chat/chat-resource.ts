import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createChatCompletion, streamChatCompletion } from './chat-completions.ts';
import { createChatCompletionV1, streamChatCompletionV1 } from './chat-completions-v1.ts';

/** Chat Completions v1 (HCX-003, HCX-DASH-001 and their tuned tasks), in its own shape. */
export class ChatV1 extends APIResource {
  /** `POST /v3/chat-completions/{model}` (or the v1 / tasks endpoint, see {@link createChatCompletion}). */
  readonly create: Bound<typeof createChatCompletionV1> = this.bind(createChatCompletionV1);

  /** The same, streamed: typed events, `textStream`, `finalMessage()`, `usage()`. */
  readonly stream: Bound<typeof streamChatCompletionV1> = this.bind(streamChatCompletionV1);
}

/** Chat Completions (v3; v1-only models and tuned tasks are routed automatically). */
export class Chat extends APIResource {
  /** Chat Completions v1 with its native request and response shapes. */
  readonly v1: ChatV1 = new ChatV1(this.context);

  /** `POST /v3/chat-completions/{model}` (or the v1 / tasks endpoint, see {@link createChatCompletion}). */
  readonly create: Bound<typeof createChatCompletion> = this.bind(createChatCompletion);

  /** The same, streamed: typed events, `textStream`, `finalMessage()`, `usage()`. */
  readonly stream: Bound<typeof streamChatCompletion> = this.bind(streamChatCompletion);
}

import { defineEndpoint } from '../shared/endpoint.ts';
import { slidingWindowParamsSchema } from './sliding-window-request.ts';
import { slidingWindowResponseSchema } from './sliding-window-response.ts';

/** Sliding window: drops the oldest turns so the messages plus `maxTokens` fit the model. */
export const slideChatMessages = defineEndpoint(
  'POST /v1/api-tools/sliding/chat-messages/{model}',
  slidingWindowParamsSchema,
  slidingWindowResponseSchema,
);

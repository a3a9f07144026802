import { defineEndpoint } from '../shared/endpoint.ts';
import { chatTokenizeParamsSchema } from './chat-tokenize-request.ts';
import { chatTokenizeResponseSchema } from './chat-tokenize-response.ts';

/** Token calculator (chat), for v1 models: tokens per message. */
export const tokenizeChat = defineEndpoint(
  'POST /v1/api-tools/chat-tokenize/{model}',
  chatTokenizeParamsSchema,
  chatTokenizeResponseSchema,
);

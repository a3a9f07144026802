import { defineEndpoint } from '../shared/endpoint.ts';
import { chatTokenizeV3ParamsSchema } from './chat-tokenize-v3-request.ts';
import { chatTokenizeV3ResponseSchema } from './chat-tokenize-v3-response.ts';

/** Token calculator (chat v3): tokens per message part, tools and response format. */
export const tokenizeChatV3 = defineEndpoint(
  'POST /v3/api-tools/chat-tokenize/{model}',
  chatTokenizeV3ParamsSchema,
  chatTokenizeV3ResponseSchema,
);

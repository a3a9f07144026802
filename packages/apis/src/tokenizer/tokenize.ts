import { defineEndpoint } from '../shared/endpoint.ts';
import { numTokensResponseSchema } from './num-tokens-response.ts';
import { tokenizeParamsSchema } from './tokenize-request.ts';

/**
 * Tokenizer for models other than HyperCLOVA X (LK models, legacy). The documented path collides
 * with the chat token calculator, so the path found in NAVER sample code is used.
 */
export const tokenize = defineEndpoint(
  'POST /v1/api-tools/tokenize/{model}',
  tokenizeParamsSchema,
  numTokensResponseSchema,
);

import { defineEndpoint } from '../shared/endpoint.ts';
import { embeddingV2TokenizeParamsSchema } from './embedding-v2-tokenize-request.ts';
import { numTokensResponseSchema } from './num-tokens-response.ts';

/** Token calculator (Embedding v2): tokens of a text for `bge-m3`. */
export const tokenizeEmbeddingV2 = defineEndpoint(
  'POST /v1/api-tools/embedding/v2/tokenize',
  embeddingV2TokenizeParamsSchema,
  numTokensResponseSchema,
);

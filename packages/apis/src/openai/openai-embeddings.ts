import { defineEndpoint } from '../shared/endpoint.ts';
import { openAIEmbeddingParamsSchema } from './openai-embeddings-request.ts';
import { openAIEmbeddingResponseSchema } from './openai-embeddings-response.ts';

/** OpenAI-compatible Embeddings (`POST /v1/openai/embeddings`). */
export const createOpenAIEmbedding = defineEndpoint(
  'POST /v1/openai/embeddings',
  openAIEmbeddingParamsSchema,
  openAIEmbeddingResponseSchema,
  { defaults: { encoding_format: 'float' }, envelope: false },
);

import { defineEndpoint } from '../shared/endpoint.ts';
import { embeddingResponseSchema } from './embedding-response.ts';
import { embeddingV2ParamsSchema } from './embedding-v2-request.ts';

/**
 * Embedding v2: embeds one text with `bge-m3`, up to 8,192 tokens (`POST /v1/api-tools/embedding/v2`).
 *
 * @example
 * ```ts
 * const { embedding, inputTokens } = await createEmbeddingV2(transport, { text: 'CLOVA Studio' });
 * ```
 * @throws RequestValidationError when `text` is empty (before sending).
 */
export const createEmbeddingV2 = defineEndpoint(
  'POST /v1/api-tools/embedding/v2',
  embeddingV2ParamsSchema,
  embeddingResponseSchema,
);

import { defineEndpoint } from '../shared/endpoint.ts';
import { embeddingParamsSchema } from './embedding-request.ts';
import { embeddingResponseSchema } from './embedding-response.ts';

/**
 * Embedding v1: embeds one text with `clir-emb-dolphin` (default) or `clir-sts-dolphin`
 * (`POST /v1/api-tools/embedding/{modelName}`).
 *
 * @example
 * ```ts
 * const { embedding } = await createEmbedding(transport, { text: 'How is the weather today?' });
 * ```
 * @throws RequestValidationError when `text` is empty (before sending).
 */
export const createEmbedding = defineEndpoint(
  'POST /v1/api-tools/embedding/{model}',
  embeddingParamsSchema,
  embeddingResponseSchema,
  { defaults: { model: 'clir-emb-dolphin' } },
);

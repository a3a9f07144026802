import { defineEndpoint } from '../shared/endpoint';
import { embeddingParamsSchema } from './embedding-request';
import { embeddingResponseSchema } from './embedding-response';

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
export const createEmbedding = defineEndpoint({
  method: 'POST',
  path: '/v1/api-tools/embedding/{model}',
  params: embeddingParamsSchema,
  response: embeddingResponseSchema,
  defaults: { model: 'clir-emb-dolphin' },
});

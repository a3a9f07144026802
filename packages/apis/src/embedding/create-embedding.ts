import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type EmbeddingParams, embeddingParamsSchema } from './embedding-request';
import { type EmbeddingResponse, embeddingResponseSchema } from './embedding-response';

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
export function createEmbedding(
  transport: Transport,
  params: EmbeddingParams,
  options?: ClovaRequestOptions,
): APIPromise<EmbeddingResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const { model = 'clir-emb-dolphin', ...body } = validateRequest(
        embeddingParamsSchema,
        params,
        options,
      );
      return { method: 'POST', path: `/v1/api-tools/embedding/${encodeURIComponent(model)}`, body };
    },
    (data) => parseResponse(embeddingResponseSchema, data),
  );
}

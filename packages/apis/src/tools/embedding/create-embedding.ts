import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../../shared/parse-response';
import { type ClovaRequestOptions, toTransportOptions } from '../../validation/request-options';
import { validateRequest } from '../../validation/validate-request';
import { mapAPIPromise } from '../shared/map-api-promise';
import { type EmbeddingRequest, embeddingRequestSchema } from './embedding-request';
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
  params: EmbeddingRequest,
  options?: ClovaRequestOptions,
): APIPromise<EmbeddingResponse> {
  const { model = 'clir-emb-dolphin', ...body } = validateRequest(
    embeddingRequestSchema,
    params,
    options,
  );
  return mapAPIPromise(
    transport.request({
      method: 'POST',
      path: `/v1/api-tools/embedding/${encodeURIComponent(model)}`,
      body,
      options: toTransportOptions(options),
    }),
    (data) => parseResponse(embeddingResponseSchema, data),
  );
}

import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../../shared/parse-response';
import { type ClovaRequestOptions, toTransportOptions } from '../../validation/request-options';
import { validateRequest } from '../../validation/validate-request';
import { mapAPIPromise } from '../shared/map-api-promise';
import { type EmbeddingResponse, embeddingResponseSchema } from './embedding-response';
import { type EmbeddingV2Request, embeddingV2RequestSchema } from './embedding-v2-request';

/**
 * Embedding v2: embeds one text with `bge-m3`, up to 8,192 tokens (`POST /v1/api-tools/embedding/v2`).
 *
 * @example
 * ```ts
 * const { embedding, inputTokens } = await createEmbeddingV2(transport, { text: 'CLOVA Studio' });
 * ```
 * @throws RequestValidationError when `text` is empty (before sending).
 */
export function createEmbeddingV2(
  transport: Transport,
  params: EmbeddingV2Request,
  options?: ClovaRequestOptions,
): APIPromise<EmbeddingResponse> {
  const body = validateRequest(embeddingV2RequestSchema, params, options);
  return mapAPIPromise(
    transport.request({
      method: 'POST',
      path: '/v1/api-tools/embedding/v2',
      body,
      options: toTransportOptions(options),
    }),
    (data) => parseResponse(embeddingResponseSchema, data),
  );
}

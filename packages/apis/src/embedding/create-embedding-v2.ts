import type { APIPromise, Transport } from '@clova-studio/core';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';
import { type EmbeddingResponse, embeddingResponseSchema } from './embedding-response';
import { type EmbeddingV2Params, embeddingV2ParamsSchema } from './embedding-v2-request';

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
  params: EmbeddingV2Params,
  options?: ClovaRequestOptions,
): APIPromise<EmbeddingResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const body = validateRequest(embeddingV2ParamsSchema, params, options);
      return { method: 'POST', path: '/v1/api-tools/embedding/v2', body };
    },
    (data) => parseResponse(embeddingResponseSchema, data),
  );
}

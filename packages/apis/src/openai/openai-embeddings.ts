import type { APIPromise, Transport } from '@clova-studio/core';
import * as z from 'zod/mini';
import { parseResponse } from '../shared/parse-response';
import { sendRequest } from '../shared/send-request';
import type { ClovaRequestOptions } from '../validation/request-options';
import { validateRequest } from '../validation/validate-request';

/** Parameters of `POST /v1/openai/embeddings`. */
export const openAIEmbeddingParamsSchema = z.object({
  /** Text(s) to embed. */
  input: z.union([
    z.string().check(z.minLength(1)),
    z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  ]),
  /** Embedding model, e.g. `bge-m3`. */
  model: z.string().check(z.minLength(1)),
  /** Vector length: only 1024. */
  dimensions: z.optional(z.literal(1024)),
  /** Only `float` (base64 is unsupported); sent as `float` by default. */
  encoding_format: z._default(z.literal('float'), 'float'),
});

/** Parameters of the OpenAI-compatible embeddings endpoint. */
export type OpenAIEmbeddingParams = z.input<typeof openAIEmbeddingParamsSchema>;

/** Response of `POST /v1/openai/embeddings`. */
export const openAIEmbeddingResponseSchema = z.looseObject({
  /** `list`. */
  object: z.optional(z.string()),
  /** One vector per input, in order. */
  data: z.array(
    z.looseObject({
      /** `embedding`. */
      object: z.optional(z.string()),
      /** The vector (1024 floats). */
      embedding: z.array(z.number()),
      /** Position of the input. */
      index: z.number(),
    }),
  ),
  /** Model used. */
  model: z.optional(z.string()),
  /** Token usage. */
  usage: z.optional(
    z.looseObject({ prompt_tokens: z.optional(z.number()), total_tokens: z.optional(z.number()) }),
  ),
});

/** Response of the OpenAI-compatible embeddings endpoint. */
export type OpenAIEmbeddingResponse = z.output<typeof openAIEmbeddingResponseSchema>;

/** OpenAI-compatible Embeddings (`POST /v1/openai/embeddings`). */
export function createOpenAIEmbedding(
  transport: Transport,
  params: OpenAIEmbeddingParams,
  options?: ClovaRequestOptions,
): APIPromise<OpenAIEmbeddingResponse> {
  return sendRequest(
    transport,
    options,
    () => {
      const body =
        options?.validate === false
          ? { encoding_format: 'float', ...params }
          : validateRequest(openAIEmbeddingParamsSchema, params, options);
      return { method: 'POST', path: '/v1/openai/embeddings', body, envelope: false };
    },
    (data) => parseResponse(openAIEmbeddingResponseSchema, data),
  );
}

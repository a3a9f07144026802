import * as z from 'zod/mini';
import { defineEndpoint } from '../shared/endpoint.ts';

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
export const createOpenAIEmbedding = defineEndpoint(
  'POST /v1/openai/embeddings',
  openAIEmbeddingParamsSchema,
  openAIEmbeddingResponseSchema,
  { defaults: { encoding_format: 'float' }, envelope: false },
);

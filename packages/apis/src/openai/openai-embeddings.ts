import * as z from 'zod/mini';
import { defineEndpoint } from '../shared/endpoint.ts';
import { lenientObject, type NamedInput, object } from '../shared/named-schema.ts';

const openAIEmbeddingParamsObject = object({
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
export interface OpenAIEmbeddingParams extends z.input<typeof openAIEmbeddingParamsObject> {}

/** Schema of {@link OpenAIEmbeddingParams}. */
export const openAIEmbeddingParamsSchema: NamedInput<
  typeof openAIEmbeddingParamsObject,
  OpenAIEmbeddingParams
> = openAIEmbeddingParamsObject;

const openAIEmbeddingResponseObject = lenientObject({
  /** `list`. */
  object: z.optional(z.string()),
  /** One vector per input, in order. */
  data: z.array(
    lenientObject({
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
    lenientObject({ prompt_tokens: z.optional(z.number()), total_tokens: z.optional(z.number()) }),
  ),
});

/** Response of the OpenAI-compatible embeddings endpoint. */
export interface OpenAIEmbeddingResponse extends z.output<typeof openAIEmbeddingResponseObject> {}

/** Schema of {@link OpenAIEmbeddingResponse} (unknown fields pass through at run time). */
export const openAIEmbeddingResponseSchema: z.ZodMiniType<OpenAIEmbeddingResponse> =
  openAIEmbeddingResponseObject;

/** OpenAI-compatible Embeddings (`POST /v1/openai/embeddings`). */
export const createOpenAIEmbedding = defineEndpoint(
  'POST /v1/openai/embeddings',
  openAIEmbeddingParamsSchema,
  openAIEmbeddingResponseSchema,
  { defaults: { encoding_format: 'float' }, envelope: false },
);

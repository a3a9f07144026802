import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

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

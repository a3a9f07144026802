import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

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

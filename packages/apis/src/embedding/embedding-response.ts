import * as z from 'zod/mini';

/** `result` of Embedding v1 and v2 (loose: unknown fields pass through). */
export const embeddingResponseSchema = z.looseObject({
  /** The embedding vector (1,024 floats; not documented as normalised). */
  embedding: z.array(z.number()),
  /** Number of tokens counted for the input text. */
  inputTokens: z.number(),
});

/** `result` of Embedding v1 and v2. */
export type EmbeddingResponse = z.infer<typeof embeddingResponseSchema>;

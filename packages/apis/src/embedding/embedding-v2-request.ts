import * as z from 'zod/mini';

/** Parameters of Embedding v2 (`POST /v1/api-tools/embedding/v2`, model `bge-m3`). */
export const embeddingV2ParamsSchema = z.object({
  /** Text to embed, one per call: up to 8,192 tokens (the service counts tokens; only emptiness is checked here). */
  text: z.string().check(z.minLength(1, 'must not be empty')),
});

/** Parameters of Embedding v2. */
export type EmbeddingV2Params = z.input<typeof embeddingV2ParamsSchema>;

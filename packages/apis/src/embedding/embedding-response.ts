import * as z from 'zod/mini';
import { typedSchema } from '../shared/typed-schema.ts';

/** `result` of Embedding v1 and v2. */
export interface EmbeddingResponse {
  /** The embedding vector (1,024 floats; not documented as normalised). */
  embedding: number[];
  /** Number of tokens counted for the input text. */
  inputTokens: number;
}

/** Schema of an {@link EmbeddingResponse} (loose: unknown fields pass through at run time). */
export const embeddingResponseSchema = typedSchema<EmbeddingResponse>()(
  z.looseObject({
    /** The embedding vector (1,024 floats; not documented as normalised). */
    embedding: z.array(z.number()),
    /** Number of tokens counted for the input text. */
    inputTokens: z.number(),
  }),
);

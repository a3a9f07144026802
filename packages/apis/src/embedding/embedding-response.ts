import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

const embeddingResponseObject = lenientObject({
  /** The embedding vector (1,024 floats; not documented as normalised). */
  embedding: z.array(z.number()),
  /** Number of tokens counted for the input text. */
  inputTokens: z.number(),
});

/** `result` of Embedding v1 and v2. */
export interface EmbeddingResponse extends z.output<typeof embeddingResponseObject> {}

/** Schema of an {@link EmbeddingResponse} (unknown fields pass through at run time). */
export const embeddingResponseSchema: z.ZodMiniType<EmbeddingResponse> = embeddingResponseObject;

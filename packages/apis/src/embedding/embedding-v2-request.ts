import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const embeddingV2ParamsObject = object({
  /** Text to embed, one per call: up to 8,192 tokens (the service counts tokens; only emptiness is checked here). */
  text: z.string().check(z.minLength(1, 'must not be empty')),
});

/** Parameters of Embedding v2 (`POST /v1/api-tools/embedding/v2`, model `bge-m3`). */
export interface EmbeddingV2Params extends z.input<typeof embeddingV2ParamsObject> {}

/** Schema of {@link EmbeddingV2Params}. */
export const embeddingV2ParamsSchema: NamedInput<
  typeof embeddingV2ParamsObject,
  EmbeddingV2Params
> = embeddingV2ParamsObject;

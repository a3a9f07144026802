import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

/** Models served by Embedding v1 (`POST /v1/api-tools/embedding/{modelName}`). */
export const embeddingModelSchema = z.enum(['clir-emb-dolphin', 'clir-sts-dolphin']);

/** An Embedding v1 model: `clir-emb-dolphin` (general purpose) or `clir-sts-dolphin` (sentence similarity). */
export type EmbeddingModel = z.infer<typeof embeddingModelSchema>;

const embeddingParamsObject = object({
  /**
   * Model (path parameter, not sent in the body). `clir-emb-dolphin` is the general-purpose model and the
   * default; `clir-sts-dolphin` is specialised for sentence similarity.
   */
  model: z.optional(embeddingModelSchema),
  /** Text to embed, one per call: 1 to 500 tokens (the service counts tokens; only emptiness is checked here). */
  text: z.string().check(z.minLength(1, 'must not be empty')),
});

/** Parameters of Embedding v1 (`POST /v1/api-tools/embedding/{modelName}`). */
export interface EmbeddingParams extends z.input<typeof embeddingParamsObject> {}

/** Schema of {@link EmbeddingParams}. */
export const embeddingParamsSchema: NamedInput<typeof embeddingParamsObject, EmbeddingParams> =
  embeddingParamsObject;

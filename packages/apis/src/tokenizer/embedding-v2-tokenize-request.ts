import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const embeddingV2TokenizeParamsObject = object({
  /** The text, 1 to 10,000 characters. */
  text: z.string().check(z.minLength(1), z.maxLength(10_000)),
});

/** Parameters of the Embedding v2 token calculator (`POST /v1/api-tools/embedding/v2/tokenize`). */
export interface EmbeddingV2TokenizeParams
  extends z.input<typeof embeddingV2TokenizeParamsObject> {}

/** Schema of {@link EmbeddingV2TokenizeParams}. */
export const embeddingV2TokenizeParamsSchema: NamedInput<
  typeof embeddingV2TokenizeParamsObject,
  EmbeddingV2TokenizeParams
> = embeddingV2TokenizeParamsObject;

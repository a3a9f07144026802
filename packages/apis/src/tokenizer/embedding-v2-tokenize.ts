import * as z from 'zod/mini';
import { defineEndpoint } from '../shared/endpoint.ts';

/** Parameters of the Embedding v2 token calculator (`POST /v1/api-tools/embedding/v2/tokenize`). */
export const embeddingV2TokenizeParamsSchema = z.object({
  /** The text, 1 to 10,000 characters. */
  text: z.string().check(z.minLength(1), z.maxLength(10_000)),
});

/** Parameters of the Embedding v2 token calculator. */
export type EmbeddingV2TokenizeParams = z.input<typeof embeddingV2TokenizeParamsSchema>;

/** `result` of a text token count. */
export const numTokensResponseSchema = z.looseObject({
  /** Number of tokens. */
  numTokens: z.number(),
});

/** `result` of a text token count. */
export type NumTokensResponse = z.output<typeof numTokensResponseSchema>;

/** Token calculator (Embedding v2): tokens of a text for `bge-m3`. */
export const tokenizeEmbeddingV2 = defineEndpoint(
  'POST /v1/api-tools/embedding/v2/tokenize',
  embeddingV2TokenizeParamsSchema,
  numTokensResponseSchema,
);

import * as z from 'zod/mini';
import { defineEndpoint } from '../shared/endpoint.ts';
import { type NamedInput, object } from '../shared/named-schema.ts';
import { numTokensResponseSchema } from './embedding-v2-tokenize.ts';

const tokenizeParamsObject = object({
  /** Model id, e.g. `LK-D2`. */
  model: z.string().check(z.minLength(1)),
  /** The text to count. */
  text: z.string(),
});

/** Parameters of the tokenizer for non-HyperCLOVA X models (`POST /v1/api-tools/tokenize/{model}`). */
export interface TokenizeParams extends z.input<typeof tokenizeParamsObject> {}

/** Schema of {@link TokenizeParams}. */
export const tokenizeParamsSchema: NamedInput<typeof tokenizeParamsObject, TokenizeParams> =
  tokenizeParamsObject;

/**
 * Tokenizer for models other than HyperCLOVA X (LK models, legacy). The documented path collides
 * with the chat token calculator, so the path found in NAVER sample code is used.
 */
export const tokenize = defineEndpoint(
  'POST /v1/api-tools/tokenize/{model}',
  tokenizeParamsSchema,
  numTokensResponseSchema,
);

import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

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

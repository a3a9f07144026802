import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

const numTokensResponseObject = lenientObject({
  /** Number of tokens. */
  numTokens: z.number(),
});

/** `result` of a text token count. */
export interface NumTokensResponse extends z.output<typeof numTokensResponseObject> {}

/** Schema of {@link NumTokensResponse} (unknown fields pass through at run time). */
export const numTokensResponseSchema: z.ZodMiniType<NumTokensResponse> = numTokensResponseObject;

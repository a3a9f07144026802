import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

const summaryResponseObject = lenientObject({
  /** The summary (in practice bullet lines such as `"- …\n- …"`). */
  text: z.string(),
  /** Number of tokens in the input. */
  inputTokens: z.number(),
});

/** `result` of Summary. */
export interface SummaryResponse extends z.output<typeof summaryResponseObject> {}

/** Schema of {@link SummaryResponse} (unknown fields pass through at run time). */
export const summaryResponseSchema: z.ZodMiniType<SummaryResponse> = summaryResponseObject;

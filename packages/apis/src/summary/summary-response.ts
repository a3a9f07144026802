import * as z from 'zod/mini';

/** `result` of Summary (loose: unknown fields pass through). */
export const summaryResponseSchema = z.looseObject({
  /** The summary (in practice bullet lines such as `"- …\n- …"`). */
  text: z.string(),
  /** Number of tokens in the input. */
  inputTokens: z.number(),
});

/** `result` of Summary. */
export type SummaryResponse = z.infer<typeof summaryResponseSchema>;

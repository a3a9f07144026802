import * as z from 'zod/mini';

/** One skill API call made while answering (loose). */
export const skillsetApiResultSchema = z.looseObject({
  /** The called URL. */
  url: z.optional(z.string()),
  /** The request body sent. */
  requestBody: z.optional(z.string()),
  /** The raw response body. */
  responseBody: z.optional(z.string()),
  /** Order of the call (stable sort key). */
  apiOrder: z.optional(z.number()),
  /** Operation id in the API spec. */
  operationId: z.optional(z.string()),
  /** Name of the skill shown to people. */
  nameForHuman: z.optional(z.string()),
});

/** One skill API call made while answering. */
export type SkillsetApiResult = z.infer<typeof skillsetApiResultSchema>;

/** `result` of Generate skillset final answer (loose: unknown fields pass through). */
export const skillsetResponseSchema = z.looseObject({
  /** The final answer; `""` when execution did not finish. */
  finalAnswer: z.string(),
  /** Tokens measured while generating. */
  tokenCount: z.optional(z.number()),
  /** Whether the called model is a trained (tuned) one. */
  useTask: z.optional(z.boolean()),
  /** The skill API calls made. */
  apiResult: z.optional(z.array(skillsetApiResultSchema)),
});

/** `result` of Generate skillset final answer. */
export type SkillsetResponse = z.infer<typeof skillsetResponseSchema>;

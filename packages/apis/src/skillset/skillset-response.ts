import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

const skillsetApiResultObject = lenientObject({
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
export interface SkillsetApiResult extends z.output<typeof skillsetApiResultObject> {}

/** Schema of {@link SkillsetApiResult} (unknown fields pass through at run time). */
export const skillsetApiResultSchema: z.ZodMiniType<SkillsetApiResult> = skillsetApiResultObject;

const skillsetResponseObject = lenientObject({
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
export interface SkillsetResponse extends z.output<typeof skillsetResponseObject> {}

/** Schema of {@link SkillsetResponse} (unknown fields pass through at run time). */
export const skillsetResponseSchema: z.ZodMiniType<SkillsetResponse> = skillsetResponseObject;

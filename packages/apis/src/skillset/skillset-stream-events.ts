import * as z from 'zod/mini';
import { stopReasonSchema } from '../chat/normalize-stop-reason.ts';
import { skillsetApiResultSchema, type skillsetResponseSchema } from './skillset-response.ts';

/** Data of a `planning` event: the skill the planner selected (loose). */
export const skillsetPlanningSchema = z.looseObject({
  /** The selected skill (e.g. `{ nameForHuman }`). */
  selectedSkill: z.optional(z.unknown()),
  /** Tokens used so far. */
  tokenCount: z.optional(z.number()),
});

/** Data of a `cot` event: skill API calls made so far (loose). */
export const skillsetCotSchema = z.looseObject({
  /** The skill API calls. */
  apiResult: z.optional(z.array(skillsetApiResultSchema)),
  /** Tokens used so far. */
  tokenCount: z.optional(z.number()),
});

/** Data of a token event (when `tokenStream` is on; loose). */
export const skillsetTokenSchema = z.looseObject({
  /** The generated text piece. */
  text: z.string(),
  /** Candidate tokens and their probabilities. */
  probs: z.optional(z.unknown()),
  /** Why generation stopped, lower-cased (`length`, `end_token`, `stop_before`), when it did. */
  stopReason: z.optional(z.nullable(stopReasonSchema)),
});

/** Data of the `planning` event. */
export type SkillsetPlanning = z.infer<typeof skillsetPlanningSchema>;
/** Data of a `cot` event. */
export type SkillsetCot = z.infer<typeof skillsetCotSchema>;
/** Data of a token event. */
export type SkillsetToken = z.infer<typeof skillsetTokenSchema>;
/** Data of the `finalAnswer` event (same shape as the non-streaming result). */
export type SkillsetFinalAnswer = z.infer<typeof skillsetResponseSchema>;

/** A typed event of a skillset stream; narrow on `event`. */
export type SkillsetStreamEvent =
  | { event: 'planning'; id: string | undefined; data: SkillsetPlanning }
  | { event: 'cot'; id: string | undefined; data: SkillsetCot }
  | { event: 'token'; id: string | undefined; data: SkillsetToken }
  | { event: 'finalAnswer'; id: string | undefined; data: SkillsetFinalAnswer };

/** Event names that end a skillset stream (`result` is tolerated in case the service ends with it). */
export const SKILLSET_END_EVENTS = ['finalAnswer', 'result'] as const;

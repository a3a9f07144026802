import * as z from 'zod/mini';
import { stopReasonSchema } from '../chat/normalize-stop-reason.ts';
import { lenientObject } from '../shared/named-schema.ts';
import { type SkillsetResponse, skillsetApiResultSchema } from './skillset-response.ts';

const skillsetPlanningObject = lenientObject({
  /** The selected skill (e.g. `{ nameForHuman }`). */
  selectedSkill: z.optional(z.unknown()),
  /** Tokens used so far. */
  tokenCount: z.optional(z.number()),
});

/** Data of a `planning` event: the skill the planner selected. */
export interface SkillsetPlanning extends z.output<typeof skillsetPlanningObject> {}

/** Schema of {@link SkillsetPlanning} (unknown fields pass through at run time). */
export const skillsetPlanningSchema: z.ZodMiniType<SkillsetPlanning> = skillsetPlanningObject;

const skillsetCotObject = lenientObject({
  /** The skill API calls. */
  apiResult: z.optional(z.array(skillsetApiResultSchema)),
  /** Tokens used so far. */
  tokenCount: z.optional(z.number()),
});

/** Data of a `cot` event: skill API calls made so far. */
export interface SkillsetCot extends z.output<typeof skillsetCotObject> {}

/** Schema of {@link SkillsetCot} (unknown fields pass through at run time). */
export const skillsetCotSchema: z.ZodMiniType<SkillsetCot> = skillsetCotObject;

const skillsetTokenObject = lenientObject({
  /** The generated text piece. */
  text: z.string(),
  /** Candidate tokens and their probabilities. */
  probs: z.optional(z.unknown()),
  /** Why generation stopped, lower-cased (`length`, `end_token`, `stop_before`), when it did. */
  stopReason: z.optional(z.nullable(stopReasonSchema)),
});

/** Data of a token event (when `tokenStream` is on). */
export interface SkillsetToken extends z.output<typeof skillsetTokenObject> {}

/** Schema of {@link SkillsetToken} (unknown fields pass through at run time). */
export const skillsetTokenSchema: z.ZodMiniType<SkillsetToken> = skillsetTokenObject;

/** Data of the `finalAnswer` event (same shape as the non-streaming result). */
export type SkillsetFinalAnswer = SkillsetResponse;

/** A typed event of a skillset stream; narrow on `event`. */
export type SkillsetStreamEvent =
  | { event: 'planning'; id: string | undefined; data: SkillsetPlanning }
  | { event: 'cot'; id: string | undefined; data: SkillsetCot }
  | { event: 'token'; id: string | undefined; data: SkillsetToken }
  | { event: 'finalAnswer'; id: string | undefined; data: SkillsetFinalAnswer };

/** Event names that end a skillset stream (`result` is tolerated in case the service ends with it). */
export const SKILLSET_END_EVENTS = ['finalAnswer', 'result'] as const;

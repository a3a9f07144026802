import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';
import { topKSchema, topPSchema } from '../shared/ranges.ts';

const completionParamsObject = object({
  /** LK model id, e.g. `LK-D2`, `LK-B`. */
  model: z.optional(z.string().check(z.minLength(1))),
  /** Tuned task id (`/v1/tasks/{taskId}/completions`). */
  taskId: z.optional(z.string().check(z.minLength(1))),
  /** The prompt. */
  text: z.string(),
  /** Text appended after the input (default `''`). */
  start: z.optional(z.string()),
  /** Text appended after the output (default `''`). */
  restart: z.optional(z.string()),
  /** Return the input and output tokens (default false). */
  includeTokens: z.optional(z.boolean()),
  /** Nucleus sampling mass, 0 < x ≤ 1 (default 0.8). */
  topP: z.optional(topPSchema),
  /** Sample from the k most likely tokens, 0–128 (default 0). */
  topK: z.optional(topKSchema),
  /** Output cap, 0 < x ≤ 2048 (default 100). */
  maxTokens: z.optional(z.int().check(z.gt(0), z.lte(2048))),
  /** Randomness, 0 ≤ x ≤ 1 (default 0.5). */
  temperature: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Repetition penalty, 0 < x ≤ 10 (default 5.0). */
  repeatPenalty: z.optional(z.number().check(z.gt(0), z.lte(10))),
  /** Stop before any of these strings (default `[]`). */
  stopBefore: z.optional(z.array(z.string())),
  /** Add content-filter scores to the result. */
  includeAiFilters: z.optional(z.boolean()),
}).check(
  z.refine((p) => (p.model === undefined) !== (p.taskId === undefined), {
    message: 'give exactly one of model and taskId',
    path: ['model'],
  }),
);

/**
 * Parameters of the legacy Completions API (`POST /v1/completions/{model}` for LK models such as
 * `LK-D2`, or `/v1/tasks/{taskId}/completions`). Deprecated by NAVER; the endpoint may be retired.
 */
export interface CompletionParams extends z.input<typeof completionParamsObject> {}

/** Schema of {@link CompletionParams}. */
export const completionParamsSchema: NamedInput<typeof completionParamsObject, CompletionParams> =
  completionParamsObject;

import * as z from 'zod/mini';
import type { FinishReason } from './chat-completions-v3-response.ts';

/**
 * Why a v1 generation stopped, lower-cased: `length` (output cap), `end_token` (the model's end
 * token / token limit), `stop_before` (finished, or a `stopBefore` string appeared).
 */
export type StopReason = 'length' | 'end_token' | 'stop_before' | (string & {});

/** Lower-cases a v1 `stopReason` (the docs show both `LENGTH` and `stop_before`). */
export function normalizeStopReason(value: string): StopReason {
  return value.toLowerCase();
}

/** Schema of a v1 `stopReason`: any case in, lower case out. */
export const stopReasonSchema = z.pipe(
  z.string(),
  z.transform((value): StopReason => normalizeStopReason(value)),
);

/**
 * Maps a v1 stop reason onto the v3 `finishReason` vocabulary: `length` → `length`;
 * `stop_before` and `end_token` → `stop`. The docs' description of `end_token` is garbled
 * ("token count limit"); its name, the model's end-of-sequence token, is taken as the better
 * evidence. The raw `stopReason` stays on normalised results.
 */
export function stopReasonToFinishReason(
  reason: StopReason | null | undefined,
): FinishReason | null {
  if (reason === null || reason === undefined) return null;
  return reason === 'stop_before' || reason === 'end_token' ? 'stop' : (reason as FinishReason);
}

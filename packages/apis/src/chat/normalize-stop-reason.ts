import * as z from 'zod/mini';

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

/** Maps a v1 stop reason onto the v3 `finishReason` vocabulary. */
export function stopReasonToFinishReason(reason: StopReason | null | undefined): string | null {
  if (reason === null || reason === undefined) return null;
  return reason === 'stop_before'
    ? 'stop'
    : reason === 'end_token' || reason === 'length'
      ? 'length'
      : reason;
}

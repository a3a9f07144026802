import * as z from 'zod/mini';
import { lenientObject } from '../shared/named-schema.ts';

const slidingWindowResponseObject = lenientObject({
  /** The trimmed conversation. */
  messages: z.array(lenientObject({ role: z.string(), content: z.string() })),
});

/** `result` of the sliding window: the messages that fit, oldest turns dropped. */
export interface SlidingWindowResponse extends z.output<typeof slidingWindowResponseObject> {}

/** Schema of {@link SlidingWindowResponse} (unknown fields pass through at run time). */
export const slidingWindowResponseSchema: z.ZodMiniType<SlidingWindowResponse> =
  slidingWindowResponseObject;

import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';
import { textMessageSchema } from '../shared/text-message.ts';

const slidingWindowParamsObject = object({
  /** Model id, e.g. `HCX-003`. */
  model: z.string().check(z.minLength(1)),
  /** Output tokens to leave room for, 0 < x ≤ 4096 (messages plus this must fit 4096). */
  maxTokens: z.int().check(z.gt(0), z.lte(4096)),
  /** The conversation to trim (text messages). */
  messages: z.array(textMessageSchema).check(z.minLength(1)),
});

/** Parameters of the sliding window (`POST /v1/api-tools/sliding/chat-messages/{model}`). */
export interface SlidingWindowParams extends z.input<typeof slidingWindowParamsObject> {}

/** Schema of {@link SlidingWindowParams}. */
export const slidingWindowParamsSchema: NamedInput<
  typeof slidingWindowParamsObject,
  SlidingWindowParams
> = slidingWindowParamsObject;

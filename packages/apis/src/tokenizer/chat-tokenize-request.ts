import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';
import { textMessageSchema } from '../shared/text-message.ts';

const chatTokenizeParamsObject = object({
  /** Model id, e.g. `HCX-003`. */
  model: z.string().check(z.minLength(1)),
  /** The messages to count (text only). */
  messages: z.array(textMessageSchema).check(z.minLength(1)),
});

/** Parameters of the chat token calculator for v1 models (`POST /v1/api-tools/chat-tokenize/{model}`). */
export interface ChatTokenizeParams extends z.input<typeof chatTokenizeParamsObject> {}

/** Schema of {@link ChatTokenizeParams}. */
export const chatTokenizeParamsSchema: NamedInput<
  typeof chatTokenizeParamsObject,
  ChatTokenizeParams
> = chatTokenizeParamsObject;

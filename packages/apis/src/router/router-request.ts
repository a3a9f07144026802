import * as z from 'zod/mini';
import { type NamedInput, object } from '../shared/named-schema.ts';

const routerParamsObject = object({
  /** Version of the router to use: an integer of at least 1 (path parameter). Default 1. */
  version: z.optional(z.int().check(z.gte(1))),
  /** The user input to classify. */
  query: z.string().check(z.minLength(1, 'must not be empty')),
  /** Earlier turns of the conversation, for context. */
  chatHistory: z.optional(
    z.array(
      object({
        /** Role of the turn (only `user` is documented). */
        role: z.literal('user'),
        /** Text of the turn. */
        content: z.string(),
      }),
    ),
  ),
});

/** Parameters of Router (`POST /v1/routers/{routerId}/versions/{version}/route`). */
export interface RouterParams extends z.input<typeof routerParamsObject> {}

/** Schema of {@link RouterParams}. */
export const routerParamsSchema: NamedInput<typeof routerParamsObject, RouterParams> =
  routerParamsObject;

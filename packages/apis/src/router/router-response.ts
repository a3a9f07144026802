import * as z from 'zod/mini';
import { chatUsageSchema } from '../chat/chat-completions-v3-response.ts';
import { lenientObject } from '../shared/named-schema.ts';

/** Outcome of one router filter (loose). */
export const routerFilterResultSchema = lenientObject({
  /** Names of the matched filters; `[]` when none matched. */
  result: z.array(z.string()),
  /** Whether this filter ran. */
  called: z.boolean(),
});

const routerResponseObject = lenientObject({
  /** Domain classification. */
  domain: lenientObject({
    /** Name of the matched domain; `""` when none matched. */
    result: z.string(),
    /** Whether domain classification ran. */
    called: z.boolean(),
  }),
  /** Content filters that matched (may be absent when not configured). */
  blockedContent: z.optional(routerFilterResultSchema),
  /** Safety filters that matched (may be absent when not configured). */
  safety: z.optional(routerFilterResultSchema),
  /** Token usage. */
  usage: z.optional(chatUsageSchema),
});

/** `result` of Router. */
export interface RouterResponse extends z.output<typeof routerResponseObject> {}

/** Schema of {@link RouterResponse} (unknown fields pass through at run time). */
export const routerResponseSchema: z.ZodMiniType<RouterResponse> = routerResponseObject;

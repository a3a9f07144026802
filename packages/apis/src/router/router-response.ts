import * as z from 'zod/mini';
import { chatUsageSchema } from '../chat/chat-completions-v3-response.ts';

/** Outcome of one router filter (loose). */
export const routerFilterResultSchema = z.looseObject({
  /** Names of the matched filters; `[]` when none matched. */
  result: z.array(z.string()),
  /** Whether this filter ran. */
  called: z.boolean(),
});

/** `result` of Router (loose: unknown fields pass through). */
export const routerResponseSchema = z.looseObject({
  /** Domain classification. */
  domain: z.looseObject({
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
export type RouterResponse = z.infer<typeof routerResponseSchema>;

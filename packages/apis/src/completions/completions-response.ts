import * as z from 'zod/mini';
import { stopReasonSchema } from '../chat/normalize-stop-reason.ts';
import { aiFilterSchema } from '../shared/ai-filter.ts';
import { lenientObject } from '../shared/named-schema.ts';

const completionResponseObject = lenientObject({
  /** Prompt plus generated text. */
  text: z.optional(z.string()),
  /** The input text. */
  inputText: z.optional(z.string()),
  /** The generated text. */
  outputText: z.optional(z.string()),
  /** Input tokens (with `includeTokens`). */
  inputTokens: z.optional(z.array(z.unknown())),
  /** Output tokens (with `includeTokens`). */
  outputTokens: z.optional(z.array(z.unknown())),
  /** Number of input tokens. */
  inputLength: z.optional(z.number()),
  /** Number of output tokens. */
  outputLength: z.optional(z.number()),
  /** Why generation stopped, lower-cased. */
  stopReason: z.optional(z.nullable(stopReasonSchema)),
  /** Content-filter scores. */
  aiFilter: z.optional(z.array(aiFilterSchema)),
});

/** `result` of the legacy Completions API (partly documented; unknown fields pass through). */
export interface CompletionResponse extends z.output<typeof completionResponseObject> {}

/** Schema of {@link CompletionResponse} (unknown fields pass through at run time). */
export const completionResponseSchema: z.ZodMiniType<CompletionResponse> = completionResponseObject;

import * as z from 'zod/mini';

/** Token usage reported by the reranker, RAG Reasoning and router (loose: unknown fields pass through). */
export const toolUsageSchema = z.looseObject({
  /** Tokens in the input (prompt). */
  promptTokens: z.number(),
  /** Tokens generated. */
  completionTokens: z.number(),
  /** `promptTokens + completionTokens`. */
  totalTokens: z.number(),
});

/** Token usage of one call. */
export type ToolUsage = z.infer<typeof toolUsageSchema>;

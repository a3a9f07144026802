import type { JSONObject, LanguageModelV4Usage } from '@ai-sdk/provider';
import type { ChatUsage } from '@clova-studio/apis';

/**
 * CLOVA usage in the V4 shape. `completionTokens` includes the thinking tokens, so
 * `outputTokens.text` is completion − thinking and `outputTokens.reasoning` the thinking tokens.
 */
export function convertClovaUsage(usage: ChatUsage | null | undefined): LanguageModelV4Usage {
  if (!usage) {
    return {
      inputTokens: {
        total: undefined,
        noCache: undefined,
        cacheRead: undefined,
        cacheWrite: undefined,
      },
      outputTokens: { total: undefined, text: undefined, reasoning: undefined },
    };
  }
  const reasoning = usage.completionTokensDetails?.thinkingTokens ?? 0;
  return {
    inputTokens: {
      total: usage.promptTokens,
      noCache: usage.promptTokens,
      cacheRead: undefined,
      cacheWrite: undefined,
    },
    outputTokens: {
      total: usage.completionTokens,
      text: usage.completionTokens - reasoning,
      reasoning,
    },
    // Parsed from the wire, so JSON; the declared ChatUsage interface has no index signature.
    raw: usage as unknown as JSONObject,
  };
}

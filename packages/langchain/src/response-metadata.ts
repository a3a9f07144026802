import type { AIFilter, ChatUsage } from '@clova-studio/apis';
import type { UsageMetadata } from '@langchain/core/messages';

/** `response_metadata.model_provider` of every ChatClovaX message (selects the block translator). */
export const MODEL_PROVIDER = 'naver';

/**
 * Maps CLOVA usage to LangChain's `usage_metadata`. `completionTokens` includes the thinking
 * tokens, which are also reported as `output_token_details.reasoning`.
 */
export function toUsageMetadata(usage: ChatUsage | null | undefined): UsageMetadata | undefined {
  if (!usage) return undefined;
  const reasoning = usage.completionTokensDetails?.thinkingTokens;
  return {
    input_tokens: usage.promptTokens,
    output_tokens: usage.completionTokens,
    total_tokens: usage.totalTokens,
    ...(reasoning !== undefined ? { output_token_details: { reasoning } } : {}),
  };
}

/** What a finished CLOVA answer says about itself. */
export interface ClovaResultInfo {
  /** The model id (or `ft:<taskId>`). */
  model: string;
  /** Why generation stopped. */
  finishReason?: string | null | undefined;
  /** The seed used. */
  seed?: number | undefined;
  /** Content-filter scores (with `includeAiFilters`). */
  aiFilter?: readonly AIFilter[] | undefined;
  /** The `X-NCP-CLOVASTUDIO-REQUEST-ID` sent. */
  requestId?: string | undefined;
}

/**
 * `response_metadata` of a result: `model_provider`, `model_name`, `finish_reason`, `seed`,
 * `ai_filter` and `request_id` (fields the service did not send are left out).
 */
export function toResponseMetadata(info: ClovaResultInfo): Record<string, unknown> {
  const meta: Record<string, unknown> = {
    model_provider: MODEL_PROVIDER,
    model_name: info.model,
  };
  if (info.finishReason != null) meta.finish_reason = info.finishReason;
  if (info.seed !== undefined) meta.seed = info.seed;
  if (info.aiFilter !== undefined) meta.ai_filter = info.aiFilter;
  if (info.requestId !== undefined) meta.request_id = info.requestId;
  return meta;
}

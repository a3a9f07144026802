import type { LanguageModelV4FinishReason } from '@ai-sdk/provider';

/**
 * Maps a CLOVA `finishReason` (v1 stop reasons arrive already normalised by `@clova-studio/apis`)
 * to the AI SDK's. Tool calls without a reason count as `tool-calls`, so agent loops go on.
 */
export function mapClovaFinishReason(
  finishReason: string | null | undefined,
  hasToolCalls = false,
): LanguageModelV4FinishReason {
  const raw = finishReason ?? undefined;
  switch (finishReason?.toLowerCase()) {
    case 'stop':
      return { unified: hasToolCalls ? 'tool-calls' : 'stop', raw };
    case 'length':
      return { unified: 'length', raw };
    case 'tool_calls':
      return { unified: 'tool-calls', raw };
    case undefined:
      return { unified: hasToolCalls ? 'tool-calls' : 'other', raw };
    default:
      return { unified: 'other', raw };
  }
}

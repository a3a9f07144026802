import type { SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { ChatCompletion } from '@clova-studio/apis';

/**
 * `providerMetadata.clovaStudio` of a chat call: the request id (`X-NCP-CLOVASTUDIO-REQUEST-ID`),
 * the seed the service used, and the AI filter results when `includeAiFilters` was set.
 */
export function clovaProviderMetadata(
  requestId: string,
  result: ChatCompletion | undefined,
): SharedV4ProviderMetadata {
  return {
    clovaStudio: {
      requestId,
      ...(result?.seed !== undefined ? { seed: result.seed } : {}),
      ...(result?.aiFilter
        ? {
            aiFilter: result.aiFilter.map(({ groupName, name, score, result }) => ({
              groupName,
              name,
              score,
              ...(result !== undefined ? { result } : {}),
            })),
          }
        : {}),
    },
  };
}

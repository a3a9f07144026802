import { type ClovaStudioProvider, createClovaStudio } from '@clova-studio/ai-sdk-provider';
import type { Target } from './target.ts';

/** Key and base URL of the target, as both adapters take them (`ChatClovaX`, `createClovaStudio`). */
export function connectionOf(target: Target): { apiKey: string; baseURL: string } {
  return { apiKey: target.clientOptions.apiKey ?? '', baseURL: target.baseURL };
}

/** Our AI SDK provider, pointed at the target. */
export function clovaProviderFor(target: Target): ClovaStudioProvider {
  return createClovaStudio({
    ...connectionOf(target),
    embeddingRequestsPerMinute: target.pacing.embeddingRequestsPerMinute,
  });
}

/**
 * `@clova-studio/ai-sdk-provider`: NAVER Cloud CLOVA Studio (HyperCLOVA X) for the Vercel AI SDK.
 * Chat models with reasoning, tools and structured outputs (`LanguageModelV4`), embeddings
 * (`EmbeddingModelV4`) and the Reranker (`RerankingModelV4`), on the `@clova-studio/apis` client.
 *
 * @packageDocumentation
 */

export type { ClovaChatLanguageModel } from './clova-chat-language-model.ts';
export {
  type ClovaStudioChatModelId,
  type ClovaStudioChatOptions,
  clovaStudioChatOptionsSchema,
} from './clova-chat-options.ts';
export type { ClovaEmbeddingModel, ClovaStudioEmbeddingModelId } from './clova-embedding-model.ts';
export type { ClovaStudioErrorData } from './clova-error.ts';
export {
  type ClovaStudioProvider,
  type ClovaStudioProviderSettings,
  clovaStudio,
  createClovaStudio,
} from './clova-provider.ts';
export {
  type ClovaRerankingModel,
  type ClovaStudioRerankingModelId,
  citationScore,
  clovaStudioRerankingOptionsSchema,
} from './clova-reranking-model.ts';

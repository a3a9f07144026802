/**
 * `@clova-studio/langchain`: CLOVA Studio (HyperCLOVA X) for LangChain.js. {@link ChatClovaX}
 * (chat model), {@link ClovaXEmbeddings}, {@link ClovaXRerank} (document compressor) and
 * {@link ClovaXTextSplitter} (topic segmentation), on the native API through `@clova-studio/apis`.
 *
 * @module
 */
// The apis client's error classes, so `instanceof` checks need no second import.
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ClovaStudioError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  StreamTruncatedError,
} from '@clova-studio/apis';
export {
  ChatClovaX,
  type ChatClovaXCallOptions,
  type ChatClovaXInput,
  type ClovaXStructuredOutputOptions,
  type StructuredOutputSchema,
} from './chat-models.ts';
export type { ClovaXClientOptions } from './client.ts';
export type { ClovaXToolChoice, ClovaXToolInput } from './convert-tools.ts';
export { ClovaXEmbeddings, type ClovaXEmbeddingsInput } from './embeddings.ts';
export { clovaModelProfile } from './profile.ts';
export type { ClovaXResponseFormatInput } from './request-features.ts';
export { ClovaXRerank, type ClovaXRerankInput, type ClovaXRerankResult } from './rerank.ts';
export { ClovaXTextSplitter, type ClovaXTextSplitterInput } from './text-splitter.ts';

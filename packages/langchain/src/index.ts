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
} from './chat-models';
export type { ClovaXClientOptions } from './client';
export type { ClovaXToolChoice, ClovaXToolInput } from './convert-tools';
export { ClovaXEmbeddings, type ClovaXEmbeddingsInput } from './embeddings';
export { clovaModelProfile } from './profile';
export type { ClovaXResponseFormatInput } from './request-features';
export { ClovaXRerank, type ClovaXRerankInput, type ClovaXRerankResult } from './rerank';
export { ClovaXTextSplitter, type ClovaXTextSplitterInput } from './text-splitter';

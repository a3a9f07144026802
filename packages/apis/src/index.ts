// Chat Completions (v3, v1, routing, streams)

// Re-exported from @clova-studio/core, so one import covers the client, its errors and streams.
export {
  APIConnectionError,
  APIError,
  APIPromise,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  type ClientOptions,
  ClovaStudioError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  type RequestOptions,
  RequestTimeoutError,
  RequestValidationError,
  type ServerSentEvent,
  Stream,
  StreamTruncatedError,
  Transport,
  UnsupportedMediaTypeError,
} from '@clova-studio/core';
export {
  type ChatCompletionStream,
  type ChatStreamEvent,
  chatStreamStep,
  createChatCompletion,
  parseChatStreamEvent,
  routeChatCompletion,
  streamChatCompletion,
} from './chat/chat-completions';
export {
  type ChatCompletionsV1Stream,
  type ChatCompletionsV1StreamEvent,
  createChatCompletionV1,
  streamChatCompletionV1,
} from './chat/chat-completions-v1';
export {
  type ChatCompletionsV1Params,
  chatCompletionsV1ParamsSchema,
} from './chat/chat-completions-v1-request';
export {
  type ChatCompletionsV1Response,
  type ChatCompletionsV1TokenEvent,
  chatCompletionsV1ResponseSchema,
  chatCompletionsV1TokenEventSchema,
} from './chat/chat-completions-v1-response';
export {
  type ChatCompletionsV3Params,
  chatCompletionsV3ParamsSchema,
} from './chat/chat-completions-v3-request';
export {
  type ChatCompletion,
  type ChatCompletionMessage,
  type ChatUsage,
  chatCompletionsV3ResponseSchema,
  type FinishReason,
  type ToolCall,
} from './chat/chat-completions-v3-response';
export {
  type ChatCompletionsV3TokenEvent,
  chatCompletionsV3TokenEventSchema,
  type ToolCallDelta,
} from './chat/chat-completions-v3-stream-event';
export { ChatMessageAccumulator, type MessageDelta } from './chat/chat-message-accumulator';
export { type ChatMessage, type ContentPart, chatMessageSchema } from './chat/chat-message-v3';
export { ChatStream, type StreamFinal, type StreamStep } from './chat/chat-stream';
export {
  type ChatTool,
  chatToolSchema,
  responseFormatSchema,
  type ToolChoice,
  toolChoiceSchema,
} from './chat/chat-tool';
export { chatV1ResponseToV3, chatV3ParamsToV1 } from './chat/chat-v3-to-v1';
export {
  normalizeStopReason,
  type StopReason,
  stopReasonToFinishReason,
} from './chat/normalize-stop-reason';
export { ClovaStudio, type ClovaStudioOptions } from './client';
// Legacy Completions, OpenAI-compatible layer, token calculators, sliding window
export { createCompletion } from './completions/completions';
export { type CompletionParams, completionParamsSchema } from './completions/completions-request';
export {
  type CompletionResponse,
  completionResponseSchema,
} from './completions/completions-response';
export {
  type ChatModel,
  type ChatModelCapabilities,
  type ChatModelId,
  chatModelCapabilities,
  type EmbeddingModelCapabilities,
  type ModelId,
  models,
} from './models';
export {
  createOpenAIChatCompletion,
  type OpenAIChatCompletionStream,
  openAIChatStep,
  parseOpenAIChatChunk,
  streamOpenAIChatCompletion,
} from './openai/openai-chat';
export {
  type OpenAIChatCompletionParams,
  type OpenAIChatMessage,
  openAIChatCompletionParamsSchema,
  UNSUPPORTED_OPENAI_CHAT_FIELDS,
} from './openai/openai-chat-request';
export {
  type OpenAIChatCompletion,
  type OpenAIChatCompletionChunk,
  type OpenAIUsage,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
} from './openai/openai-chat-response';
export {
  createOpenAIEmbedding,
  type OpenAIEmbeddingParams,
  type OpenAIEmbeddingResponse,
  openAIEmbeddingParamsSchema,
  openAIEmbeddingResponseSchema,
} from './openai/openai-embeddings';
export {
  listOpenAIModels,
  type OpenAIModelList,
  openAIModelListSchema,
} from './openai/openai-models';
export { APIResource, type ResourceContext } from './resources/api-resource';
export { Chat, ChatV1 } from './resources/chat';
export { Completions } from './resources/completions';
export {
  OpenAIChat,
  OpenAIChatCompletions,
  OpenAICompatible,
  OpenAIEmbeddings,
  OpenAIModels,
} from './resources/openai';
export { SlidingWindow } from './resources/sliding-window';
export { Tokenizer } from './resources/tokenizer';
export { type AIFilter, aiFilterSchema } from './shared/ai-filter';
export { normalizeCreated } from './shared/normalize-created';
export { normalizeToolArguments, type ToolArguments } from './shared/normalize-tool-arguments';
export {
  type SlidingWindowParams,
  type SlidingWindowResponse,
  slideChatMessages,
  slidingWindowParamsSchema,
  slidingWindowResponseSchema,
} from './sliding-window/sliding-window';
export {
  type ChatTokenizeParams,
  type ChatTokenizeResponse,
  chatTokenizeParamsSchema,
  chatTokenizeResponseSchema,
  tokenizeChat,
} from './tokenizer/chat-tokenize';
export {
  type ChatTokenizeV3Params,
  type ChatTokenizeV3Response,
  chatTokenizeV3ParamsSchema,
  chatTokenizeV3ResponseSchema,
  tokenizeChatV3,
} from './tokenizer/chat-tokenize-v3';
export {
  type EmbeddingV2TokenizeParams,
  embeddingV2TokenizeParamsSchema,
  type NumTokensResponse,
  numTokensResponseSchema,
  tokenizeEmbeddingV2,
} from './tokenizer/embedding-v2-tokenize';
export { type TokenizeParams, tokenize, tokenizeParamsSchema } from './tokenizer/tokenize';
// Tools (embeddings, summary, segmentation, reranker, RAG reasoning, router, skillsets, tuning)
export * from './tools/index';
export type { ClovaRequestOptions } from './validation/request-options';
export { type ValidationOptions, validateRequest } from './validation/validate-request';

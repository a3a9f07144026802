/**
 * `@clova-studio/apis`: every CLOVA Studio API as a method of the {@link ClovaStudio} client and
 * as a standalone function (taking a core `Transport` first), with the zod schemas the request and
 * response types are inferred from. Core's transport and errors are re-exported. What adapters
 * build on (stream steps, routing, normalisers, the endpoint helper) is in
 * `@clova-studio/apis/internal`.
 *
 * @module
 */

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
  createChatCompletion,
  streamChatCompletion,
} from './chat/chat-completions.js';
export {
  type ChatCompletionsV1Stream,
  type ChatCompletionsV1StreamEvent,
  createChatCompletionV1,
  streamChatCompletionV1,
} from './chat/chat-completions-v1.js';
export {
  type ChatCompletionsV1Params,
  chatCompletionsV1ParamsSchema,
} from './chat/chat-completions-v1-request.js';
export {
  type ChatCompletionsV1Response,
  type ChatCompletionsV1TokenEvent,
  chatCompletionsV1ResponseSchema,
  chatCompletionsV1TokenEventSchema,
} from './chat/chat-completions-v1-response.js';
export {
  type ChatCompletionsV3Params,
  chatCompletionsV3ParamsSchema,
} from './chat/chat-completions-v3-request.js';
export {
  type ChatCompletion,
  type ChatCompletionMessage,
  type ChatUsage,
  chatCompletionsV3ResponseSchema,
  chatUsageSchema,
  type FinishReason,
  type ToolCall,
} from './chat/chat-completions-v3-response.js';
export {
  type ChatCompletionsV3TokenEvent,
  chatCompletionsV3TokenEventSchema,
  type ToolCallDelta,
} from './chat/chat-completions-v3-stream-event.js';
export {
  type AssistantMessage,
  type ChatMessage,
  type ContentPart,
  chatMessageSchema,
  type ImageContentPart,
  type RequestToolCall,
  type SystemMessage,
  type TextContentPart,
  type ToolMessage,
  type UserMessage,
} from './chat/chat-message-v3.js';
export { Chat, ChatV1 } from './chat/chat-resource.js';
export { ChatStream } from './chat/chat-stream.js';
export {
  type ChatTool,
  chatToolSchema,
  type ResponseFormat,
  responseFormatSchema,
  type ToolChoice,
  toolChoiceSchema,
} from './chat/chat-tool.js';
// A public type of v1 results (`stopReason`); its normaliser is plumbing (see ./internal).
export type { StopReason } from './chat/normalize-stop-reason.js';
export { ClovaStudio, type ClovaStudioOptions } from './client.js';
export { createCompletion } from './completions/completions.js';
export {
  type CompletionParams,
  completionParamsSchema,
} from './completions/completions-request.js';
export { Completions } from './completions/completions-resource.js';
export {
  type CompletionResponse,
  completionResponseSchema,
} from './completions/completions-response.js';
export { createEmbedding } from './embedding/create-embedding.js';
export { createEmbeddingV2 } from './embedding/create-embedding-v2.js';
export {
  type EmbedManyOptions,
  type EmbedManyProgress,
  type EmbedManyResult,
  embedMany,
} from './embedding/embed-many.js';
export {
  type EmbeddingModel,
  type EmbeddingParams,
  embeddingModelSchema,
  embeddingParamsSchema,
} from './embedding/embedding-request.js';
export { type EmbeddingResponse, embeddingResponseSchema } from './embedding/embedding-response.js';
export {
  type EmbeddingV2Params,
  embeddingV2ParamsSchema,
} from './embedding/embedding-v2-request.js';
export { Embeddings } from './embedding/embeddings-resource.js';
export {
  type ChatModel,
  type ChatModelCapabilities,
  type ChatModelId,
  chatModelCapabilities,
  type EmbeddingModelCapabilities,
  type ModelId,
  models,
} from './models.js';
export {
  createOpenAIChatCompletion,
  type OpenAIChatCompletionStream,
  streamOpenAIChatCompletion,
} from './openai/openai-chat.js';
export {
  type OpenAIChatCompletionParams,
  type OpenAIChatMessage,
  openAIChatCompletionParamsSchema,
  UNSUPPORTED_OPENAI_CHAT_FIELDS,
} from './openai/openai-chat-request.js';
export {
  type OpenAIChatCompletion,
  type OpenAIChatCompletionChunk,
  type OpenAIToolCall,
  type OpenAIUsage,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
} from './openai/openai-chat-response.js';
export {
  createOpenAIEmbedding,
  type OpenAIEmbeddingParams,
  type OpenAIEmbeddingResponse,
  openAIEmbeddingParamsSchema,
  openAIEmbeddingResponseSchema,
} from './openai/openai-embeddings.js';
export {
  listOpenAIModels,
  type OpenAIModelList,
  openAIModelListSchema,
} from './openai/openai-models.js';
export {
  OpenAIChat,
  OpenAIChatCompletions,
  OpenAICompatible,
  OpenAIEmbeddings,
  OpenAIModels,
} from './openai/openai-resource.js';
export { createRagReasoning } from './rag-reasoning/create-rag-reasoning.js';
export {
  type RagReasoningMessage,
  type RagReasoningParams,
  type RagReasoningTool,
  ragReasoningMessageSchema,
  ragReasoningParamsSchema,
  ragReasoningToolSchema,
} from './rag-reasoning/rag-reasoning-request.js';
export { RagReasoning } from './rag-reasoning/rag-reasoning-resource.js';
export {
  type RagReasoningResponse,
  ragReasoningResponseSchema,
} from './rag-reasoning/rag-reasoning-response.js';
export { RateLimiter, type RateLimiterOptions } from './rate-limiter.js';
export { createRerank } from './reranker/create-rerank.js';
export {
  type RerankerDocument,
  type RerankerParams,
  rerankerDocumentSchema,
  rerankerParamsSchema,
} from './reranker/reranker-request.js';
export { Reranker } from './reranker/reranker-resource.js';
export {
  citedDocumentSchema,
  type RerankerResponse,
  rerankerResponseSchema,
} from './reranker/reranker-response.js';
export { routeQuery } from './router/route-query.js';
export { type RouterParams, routerParamsSchema } from './router/router-request.js';
export { Router } from './router/router-resource.js';
export {
  type RouterResponse,
  routerFilterResultSchema,
  routerResponseSchema,
} from './router/router-response.js';
export { createSegmentation } from './segmentation/create-segmentation.js';
export {
  type SegmentationParams,
  segmentationParamsSchema,
} from './segmentation/segmentation-request.js';
export { Segmentation } from './segmentation/segmentation-resource.js';
export {
  type SegmentationResponse,
  segmentationResponseSchema,
} from './segmentation/segmentation-response.js';
export { type AIFilter, aiFilterSchema } from './shared/ai-filter.js';
export type { Clock } from './shared/clock.js';
export { generateSkillsetFinalAnswer } from './skillset/generate-skillset-final-answer.js';
export { type SkillsetParams, skillsetParamsSchema } from './skillset/skillset-request.js';
export {
  type SkillsetApiResult,
  type SkillsetResponse,
  skillsetApiResultSchema,
  skillsetResponseSchema,
} from './skillset/skillset-response.js';
export { SkillsetStream } from './skillset/skillset-stream.js';
export {
  type SkillsetCot,
  type SkillsetFinalAnswer,
  type SkillsetPlanning,
  type SkillsetStreamEvent,
  type SkillsetToken,
  skillsetCotSchema,
  skillsetPlanningSchema,
  skillsetTokenSchema,
} from './skillset/skillset-stream-events.js';
export { Skillsets } from './skillset/skillsets-resource.js';
export { streamSkillsetFinalAnswer } from './skillset/stream-skillset-final-answer.js';
export {
  type SlidingWindowParams,
  type SlidingWindowResponse,
  slideChatMessages,
  slidingWindowParamsSchema,
  slidingWindowResponseSchema,
} from './sliding-window/sliding-window.js';
export { SlidingWindow } from './sliding-window/sliding-window-resource.js';
export { createSummary } from './summary/create-summary.js';
export { type SummaryParams, summaryParamsSchema } from './summary/summary-request.js';
export { Summary } from './summary/summary-resource.js';
export { type SummaryResponse, summaryResponseSchema } from './summary/summary-response.js';
export {
  type ChatTokenizeParams,
  type ChatTokenizeResponse,
  chatTokenizeParamsSchema,
  chatTokenizeResponseSchema,
  tokenizeChat,
} from './tokenizer/chat-tokenize.js';
export {
  type ChatTokenizeV3Params,
  type ChatTokenizeV3Response,
  chatTokenizeV3ParamsSchema,
  chatTokenizeV3ResponseSchema,
  tokenizeChatV3,
} from './tokenizer/chat-tokenize-v3.js';
export {
  type EmbeddingV2TokenizeParams,
  embeddingV2TokenizeParamsSchema,
  type NumTokensResponse,
  numTokensResponseSchema,
  tokenizeEmbeddingV2,
} from './tokenizer/embedding-v2-tokenize.js';
export { type TokenizeParams, tokenize, tokenizeParamsSchema } from './tokenizer/tokenize.js';
export { Tokenizer } from './tokenizer/tokenizer-resource.js';
export { createTraining } from './tuning/create-training.js';
export {
  type CreateTrainingParams,
  createTrainingParamsSchema,
} from './tuning/create-training-request.js';
export { deleteTraining } from './tuning/delete-training.js';
export { getTraining } from './tuning/get-training.js';
export { type ListAllTrainingsParams, listAllTrainings } from './tuning/list-all-trainings.js';
export { listTrainings } from './tuning/list-trainings.js';
export { TrainingFailedError } from './tuning/training-failed-error.js';
export {
  type TrainingListParams,
  trainingListParamsSchema,
} from './tuning/training-list-request.js';
export {
  type TrainingListResponse,
  trainingListResponseSchema,
} from './tuning/training-list-response.js';
export {
  type TrainingStatus,
  type TrainingStatusInfo,
  type TrainingTask,
  trainingStatusInfoSchema,
  trainingStatusSchema,
  trainingTaskSchema,
} from './tuning/training-task.js';
export { Tuning } from './tuning/tuning-resource.js';
export { type WaitForTrainingOptions, waitForTraining } from './tuning/wait-for-training.js';
export type { ClovaRequestOptions } from './validation/request-options.js';
export type { ValidationOptions } from './validation/validate-request.js';
